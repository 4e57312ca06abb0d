// The API's operations as a contract, in one table: `METHOD /url` (Fastify form, `:param`) →
// a stable operationId (never rename: generated clients are named from it), a summary in Vietnamese
// and English, and the error codes the operation can answer besides the ones every operation of its
// kind can (see `openapi-contract.ts`: validation, sign-in, CSRF, not found, internal). A test fails
// for any registered route without an entry here, so a new route gets its line when it is added.
import type { AppErrorCode } from '../services/shared/app-error';

/** One operation of the API. */
export interface OperationMeta {
  operationId: string;
  vi: string;
  en: string;
  /** Error codes particular to this operation (the common ones are added for it). */
  errors?: readonly AppErrorCode[];
}

const op = (operationId: string, vi: string, en: string, errors: AppErrorCode[] = []): OperationMeta => ({
  operationId,
  vi,
  en,
  errors,
});

const saveItem: AppErrorCode[] = [
  'VERSION_CONFLICT',
  'DEADLINE_PASSED',
  'PERIOD_STATE',
  'ALREADY_SUBMITTED',
  'INVALID_INPUT',
];
const cycleStep: AppErrorCode[] = ['PERIOD_STATE', 'INVALID_INPUT'];

/** Every operation of the API. */
export const apiOperations: Record<string, OperationMeta> = {
  'GET /api/home/leader': op(
    'getLeaderHome',
    'Tổng quan cho lãnh đạo: mức độ, thay đổi, đơn vị tăng giảm, sát ngưỡng, tiến độ kỳ đang chạy',
    "The leader's overview: levels, changes, movers, ties at boundaries, the running period's progress",
  ),
  'GET /api/home/officer': op(
    'getOfficerHome',
    'Trang đầu của cán bộ đơn vị: hạn chót, tiến độ, việc cần làm, kết quả công bố gần nhất',
    "A unit officer's home: deadline, progress, next things to do, the latest published result",
  ),
  'GET /api/home/officer/results': op(
    'getMyResults',
    'Kết quả đã công bố của chính đơn vị qua các năm',
    "The signed-in unit's own published results, every year",
  ),
  'GET /api/home/officer/form': op(
    'getOfficerFormStart',
    'Màn hình đầu của phiếu tự đánh giá trong một lần đọc: đơn vị, các kỳ, bản tự đánh giá của năm mở ra và khối chỉ số của nó',
    "The officer's form's first screen in one read: the unit, the periods, the opened year's assessment and its framework set",
  ),
  'GET /api/home/council': op(
    'getCouncilHome',
    'Trang đầu của thành viên Hội đồng: đơn vị được phân công và trạng thái, cảnh báo bất thường, thời hạn, tiến độ Hội đồng',
    "The council member's home: assigned units and their state, anomalies, the review deadline, the council's progress",
  ),
  'GET /api/home/admin': op(
    'getAdminHome',
    'Trang đầu của quản trị viên: các bước của kỳ đánh giá năm hiện tại, trạng thái và nơi thực hiện',
    "The administrator's home: the current year's cycle as a checklist, each step's state and where to do it",
  ),
  'POST /api/units/reorganise': op(
    'reorganiseUnits',
    'Sắp xếp đơn vị hành chính theo tệp (chạy thử hoặc áp dụng, tất cả hoặc không gì cả)',
    'Reorganise units from a file (dry run or apply, all or nothing)',
    ['IMPORT_REJECTED'],
  ),
  'GET /api/public/framework-provenance': op(
    'getFrameworkProvenance',
    'Nguồn gốc bộ chỉ số: phần đã kiểm chứng và phần tái dựng',
    'Framework provenance: what is verified and what is reconstructed',
  ),
  'GET /api/periods/:year/objection-window': op(
    'getObjectionWindow',
    'Thời hạn khiếu nại của kỳ đánh giá',
    "The period's objection window",
  ),
  'PUT /api/periods/:year/objection-window': op(
    'openObjectionWindow',
    'Mở hoặc đặt thời hạn khiếu nại',
    'Open the objection window or set its deadline',
    ['PERIOD_STATE', 'INVALID_INPUT'],
  ),
  'POST /api/periods/:year/objection-window/close': op(
    'closeObjectionWindow',
    'Kết thúc sớm thời hạn khiếu nại',
    'Close the objection window early',
    ['PERIOD_STATE'],
  ),
  'GET /api/periods/:year/units/:unitCode/objections': op(
    'listUnitObjections',
    'Các chỉ số bị điều chỉnh và khiếu nại của đơn vị',
    "A unit's adjusted items and objections",
  ),
  'POST /api/periods/:year/units/:unitCode/items/:subCode/objection': op(
    'lodgeObjection',
    'Gửi khiếu nại về một chỉ số bị điều chỉnh',
    'Object to an adjusted item',
    ['PERIOD_STATE', 'INVALID_INPUT', 'CONFLICT'],
  ),
  'GET /api/periods/:year/objections': op(
    'listObjections',
    'Mọi khiếu nại của kỳ đánh giá',
    'Every objection of the period',
  ),
  'POST /api/periods/:year/objections/:id/answer': op(
    'answerObjection',
    'Hội đồng trả lời khiếu nại (chấp nhận hoặc bác)',
    'The council answers an objection (uphold or reject)',
    ['PERIOD_STATE', 'INVALID_INPUT', 'CONFLICT'],
  ),
  'GET /api/public/results/:year/ranking': op(
    'getPublicRanking',
    'Bảng xếp hạng gọn của một bộ chỉ số (đã công bố)',
    'Lean published ranking of one set',
  ),
  'GET /api/public/units/:unitCode/trend': op(
    'getPublicUnitTrend',
    'Diễn biến qua các năm của đơn vị (đã công bố, kể cả suy ra từ đơn vị tiền thân)',
    "A unit's published trend (including years derived from predecessors)",
  ),
  'GET /api/units/:unitCode/lineage-weights': op(
    'getLineageWeights',
    'Trọng số các đơn vị tiền thân',
    "Weights of a unit's predecessors",
  ),
  'PUT /api/units/:unitCode/lineage-weights': op(
    'setLineageWeights',
    'Đặt trọng số các đơn vị tiền thân',
    "Set the weights of a unit's predecessors",
    ['INVALID_INPUT'],
  ),
  'GET /api/health': op('getHealth', 'Máy chủ và cơ sở dữ liệu còn hoạt động', 'Server and database health'),
  'POST /api/session': op('signIn', 'Đăng nhập', 'Sign in', ['LOGIN_FAILED', 'LOGIN_LOCKED']),
  'DELETE /api/session': op('signOut', 'Đăng xuất', 'Sign out'),
  'GET /api/session/me': op('getCurrentSession', 'Tài khoản đang đăng nhập', 'The signed-in account'),
  'GET /api/units': op('listUnits', 'Danh sách đơn vị', 'List units'),
  'POST /api/units': op('createUnit', 'Thêm đơn vị', 'Create a unit', ['CONFLICT', 'INVALID_INPUT']),
  'GET /api/units/tree': op('getUnitTree', 'Cây đơn vị', 'Unit tree'),
  'GET /api/units/:id': op('getUnit', 'Chi tiết đơn vị', 'Get a unit'),
  'PATCH /api/units/:id': op('updateUnit', 'Sửa đơn vị', 'Update a unit', ['INVALID_INPUT']),
  'GET /api/units/:id/users': op('listUnitUsers', 'Tài khoản của đơn vị', "List a unit's accounts"),
  'POST /api/units/lineage': op(
    'createUnitLineage',
    'Ghi sự kiện sáp nhập, chia tách, đổi tên',
    'Record a merger, split or renaming',
    ['INVALID_INPUT'],
  ),
  'POST /api/units/import': op(
    'importUnits',
    'Nhập danh mục đơn vị từ tệp CSV hoặc XLSX (tất cả hoặc không gì cả)',
    'Import the unit registry from CSV or XLSX (all or nothing)',
    ['IMPORT_REJECTED'],
  ),
  'GET /api/users': op('listUsers', 'Danh sách tài khoản', 'List accounts'),
  'POST /api/users': op('createUser', 'Thêm tài khoản', 'Create an account', ['CONFLICT', 'INVALID_INPUT']),
  'GET /api/users/:id': op('getUser', 'Một tài khoản', 'Get an account'),
  'PATCH /api/users/:id': op('updateUser', 'Sửa tài khoản', 'Update an account', [
    'CONFLICT',
    'INVALID_INPUT',
  ]),
  'DELETE /api/users/:id': op('deleteUser', 'Xóa tài khoản', 'Delete an account', [
    'INVALID_INPUT',
    'CONFLICT',
  ]),
  'GET /api/frameworks': op('listFrameworks', 'Danh sách bộ chỉ số', 'List index frameworks'),
  'POST /api/frameworks': op(
    'importFramework',
    'Nhập (hoặc thay) bộ chỉ số',
    'Import or replace a framework',
    ['FRAMEWORK_INVALID', 'CONFLICT', 'PERIOD_STATE'],
  ),
  'GET /api/frameworks/:id': op(
    'getFramework',
    'Một bộ chỉ số, cả nội dung',
    'Get a framework with its content',
  ),
  'POST /api/frameworks/validate': op(
    'validateFramework',
    'Kiểm tra tệp bộ chỉ số',
    'Validate a framework file',
    ['FRAMEWORK_INVALID'],
  ),
  'GET /api/audit': op('listAuditEntries', 'Nhật ký thao tác', 'Audit log'),
  'GET /api/periods': op('listPeriods', 'Các kỳ đánh giá', 'List assessment periods'),
  'POST /api/periods': op('createPeriod', 'Tạo kỳ đánh giá', 'Create an assessment period', [
    'CONFLICT',
    'INVALID_INPUT',
  ]),
  'GET /api/periods/:year': op('getPeriod', 'Một kỳ đánh giá', 'Get an assessment period'),
  'PATCH /api/periods/:year': op(
    'updatePeriod',
    'Dời hạn chót, đổi thời hạn trả lời',
    'Move deadlines, change the answer time',
    cycleStep,
  ),
  'POST /api/periods/:year/state': op(
    'transitionPeriod',
    'Chuyển trạng thái kỳ đánh giá (chỉ tiến)',
    'Move a period forward (open, close, review)',
    cycleStep,
  ),
  'PUT /api/periods/:year/extensions/:unitCode': op(
    'grantExtension',
    'Gia hạn cho một đơn vị',
    'Grant a unit an extension',
    cycleStep,
  ),
  'GET /api/periods/:year/completeness': op(
    'getCompleteness',
    'Tình hình nộp bản tự đánh giá',
    'Submission progress',
  ),
  'GET /api/periods/:year/units/:unitCode/assessment': op(
    'getAssessment',
    'Bản tự đánh giá của đơn vị',
    "A unit's self-assessment",
  ),
  'PUT /api/periods/:year/units/:unitCode/items/:subCode': op(
    'saveItem',
    'Lưu giá trị một chỉ số (kèm phiên bản gốc)',
    'Save one item (with its base version)',
    saveItem,
  ),
  'POST /api/periods/:year/units/:unitCode/submit': op(
    'submitAssessment',
    'Thủ trưởng đơn vị gửi bản tự đánh giá',
    'The head of the unit submits the self-assessment',
    ['DEADLINE_PASSED', 'PERIOD_STATE', 'ALREADY_SUBMITTED', 'INVALID_INPUT'],
  ),
  'POST /api/periods/:year/units/:unitCode/items/:subCode/evidence': op(
    'uploadEvidence',
    'Tải lên minh chứng',
    'Upload evidence',
    ['EVIDENCE_TYPE', 'PERIOD_STATE', 'INVALID_INPUT'],
  ),
  'GET /api/periods/:year/units/:unitCode/items/:subCode/evidence': op(
    'listItemEvidence',
    'Minh chứng của một chỉ số',
    "An item's evidence",
  ),
  'POST /api/periods/:year/units/:unitCode/items/:subCode/evidence/link': op(
    'linkEvidence',
    'Gắn lại một tệp đã lưu (theo mã băm)',
    'Attach a stored file again (by hash)',
    ['PERIOD_STATE', 'INVALID_INPUT'],
  ),
  'GET /api/evidence/:id': op('downloadEvidence', 'Tải tệp minh chứng', 'Download an evidence file'),
  'DELETE /api/evidence/:id': op('deleteEvidence', 'Gỡ minh chứng', 'Remove evidence', cycleStep),
  'GET /api/periods/:year/review/assignments': op(
    'listReviewAssignments',
    'Phân công thẩm định',
    'Review assignments',
  ),
  'POST /api/periods/:year/review/assignments': op(
    'assignReviewer',
    'Phân công thành viên Hội đồng',
    'Assign a council member',
    ['CONFLICT', 'INVALID_INPUT', 'COUNCIL_OWN_UNIT', 'PERIOD_STATE'],
  ),
  'DELETE /api/periods/:year/review/assignments/:id': op(
    'removeReviewAssignment',
    'Bỏ phân công',
    'Remove an assignment',
    cycleStep,
  ),
  'POST /api/periods/:year/units/:unitCode/items/:subCode/review': op(
    'reviewItem',
    'Thẩm định một chỉ số: chấp nhận, điều chỉnh, đề nghị bổ sung',
    'Review an item: accept, adjust, request evidence',
    ['PERIOD_STATE', 'INVALID_INPUT', 'COUNCIL_OWN_UNIT'],
  ),
  'POST /api/periods/:year/units/:unitCode/items/:subCode/answer': op(
    'answerReviewRequest',
    'Đơn vị trả lời đề nghị bổ sung',
    "The unit answers the council's request",
    cycleStep,
  ),
  'GET /api/periods/:year/review/progress': op('getReviewProgress', 'Tiến độ thẩm định', 'Review progress'),
  'POST /api/periods/:year/finalize': op(
    'finalizeResults',
    'Chốt kết quả',
    'Finalise the results',
    cycleStep,
  ),
  'POST /api/periods/:year/approve': op(
    'approveResults',
    'Phê duyệt kết quả',
    'Approve the results',
    cycleStep,
  ),
  'POST /api/periods/:year/publish': op(
    'publishResults',
    'Công bố kết quả',
    'Publish the results',
    cycleStep,
  ),
  'GET /api/periods/:year/results': op('getResults', 'Kết quả hiện tại', 'Current results'),
  'GET /api/public/results': op(
    'listPublishedYears',
    'Các năm đã công bố kết quả',
    'Years with published results',
  ),
  'GET /api/public/results/:year': op(
    'getPublishedResults',
    'Kết quả đã công bố của một năm',
    'Published results of a year',
  ),
  'GET /api/notifications': op('listNotifications', 'Thông báo của tôi', 'My notifications'),
  'POST /api/notifications/:id/read': op(
    'markNotificationRead',
    'Đánh dấu đã đọc',
    'Mark a notification read',
  ),
  'GET /api/periods/:year/export': op(
    'exportResults',
    'Xuất kết quả một năm',
    'Export the results of a year',
    ['PERIOD_STATE'],
  ),
  'GET /api/periods/:year/units/:unitCode/scorecard.pdf': op(
    'getScorecardPdf',
    'Phiếu kết quả (PDF) của một đơn vị',
    "A unit's scorecard (PDF)",
    ['PERIOD_STATE'],
  ),
  'GET /api/periods/:year/units/:unitCode/template.xlsx': op(
    'getDataEntryTemplate',
    'Phiếu nhập số liệu (Excel) của một đơn vị',
    "A unit's data-entry workbook",
  ),
  'POST /api/periods/:year/units/:unitCode/template': op(
    'importDataEntryTemplate',
    'Nộp phiếu nhập số liệu đã điền (tất cả hoặc không gì cả)',
    'Import a filled data-entry workbook (all or nothing)',
    ['IMPORT_REJECTED', ...saveItem],
  ),
  'GET /api/public/results/:year.csv': op(
    'getOpenDataCsv',
    'Dữ liệu mở: kết quả đã công bố (CSV)',
    'Open data: published results (CSV)',
  ),
  'GET /api/public/results/:year.json': op(
    'getOpenDataJson',
    'Dữ liệu mở: kết quả đã công bố (JSON)',
    'Open data: published results (JSON)',
  ),
  'GET /api/public/results/:year.xlsx': op(
    'getOpenDataXlsx',
    'Dữ liệu mở: kết quả đã công bố (XLSX)',
    'Open data: published results (XLSX)',
  ),
  'GET /api/public/results/:year/units/:unitCode/scorecard.pdf': op(
    'getPublishedScorecardPdf',
    'Phiếu kết quả đã công bố của một đơn vị (PDF)',
    "A unit's published scorecard (PDF)",
  ),
  'GET /api/periods/:year/units/:unitCode/strengths': op(
    'getStrengths',
    'Điểm mạnh, điểm yếu của một đơn vị',
    "A unit's strengths and weaknesses",
  ),
  'GET /api/units/:unitCode/trend': op(
    'getUnitTrend',
    'Xu hướng của một đơn vị qua các năm',
    "A unit's trend",
  ),
  'GET /api/periods/:year/robustness': op('getRobustness', 'Độ vững của thứ hạng', 'Rank robustness', [
    'PERIOD_STATE',
  ]),
  'GET /api/periods/:year/units/:unitCode/plan': op(
    'getImprovementPlan',
    'Lộ trình ít công sức nhất lên mục tiêu',
    'Least-effort improvement plan',
    ['INVALID_INPUT'],
  ),
  'GET /api/periods/:year/rank-intervals': op(
    'getRankIntervals',
    'Khoảng hạng 90% của mỗi thứ hạng',
    '90% rank intervals',
    ['PERIOD_STATE'],
  ),
  'GET /api/public/periods/:year/robustness': op(
    'getPublishedRankIntervals',
    'Khoảng hạng 90% của kết quả đã công bố',
    '90% rank intervals of published results',
  ),
  'GET /api/periods/:year/units/:unitCode/anomalies': op(
    'getUnitAnomalies',
    'Cảnh báo bất thường của một đơn vị',
    "A unit's anomaly flags",
  ),
  'GET /api/periods/:year/anomalies': op(
    'getAnomalies',
    'Cảnh báo bất thường của một năm',
    'Anomaly flags of a year',
  ),
  'GET /api/frameworks/:id/effort-weights': op(
    'getEffortWeights',
    'Trọng số công sức của các chỉ số',
    'Effort weights per sub-index',
  ),
  'PUT /api/frameworks/:id/effort-weights': op(
    'setEffortWeights',
    'Đặt trọng số công sức',
    'Set effort weights',
    ['INVALID_INPUT'],
  ),
  'GET /api/map/boundaries': op('getMapBoundaries', 'Ranh giới các huyện trên bản đồ', 'District boundaries'),
  'PUT /api/map/boundaries': op(
    'setMapBoundaries',
    'Tải lên tệp ranh giới GeoJSON',
    'Upload district boundaries',
    ['INVALID_INPUT', 'IMPORT_REJECTED'],
  ),
  'DELETE /api/map/boundaries': op('deleteMapBoundaries', 'Bỏ tệp ranh giới', 'Remove district boundaries'),
};
