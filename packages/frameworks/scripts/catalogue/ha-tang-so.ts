/**
 * Index 3, Hạ tầng số (digital infrastructure). Office equipment and networks for every set; coverage
 * of villages and households for localities (922 §2.5; candidate list §5.2; seed item "hộ gia đình
 * được phủ mạng Internet băng rộng cáp quang", §3.1(c); Ninh Bình commune targets, §3.1(d)).
 */
import { dept } from './scopes';
import { by, flag, rate, stepped, type ItemDef } from './model';

export const HA_TANG_SO: Record<string, ItemDef> = {
  'ht.mayTinh': (s) => ({
    name: `Tỷ lệ ${s.staffShort} được trang bị máy tính phục vụ công việc`,
    ...rate(
      ['equipped', 'Số người được trang bị máy tính (cơ quan cấp hoặc được phép sử dụng máy cá nhân)'],
      ['staff', `Tổng số ${s.staff} có nhu cầu sử dụng máy tính`],
    ),
    basis: 'Không tính nhân viên phục vụ, lái xe, bảo vệ.',
    evidence: 'Danh sách trang thiết bị; danh sách cán bộ được trang bị.',
    source: s.self,
    verifier: s.verifier,
  }),

  'ht.tslcd': (s) => ({
    name: by(s, {
      agency: 'Kết nối Mạng truyền số liệu chuyên dùng của các cơ quan Đảng, Nhà nước',
      locality: `Trụ sở ${s.unit} kết nối Mạng truyền số liệu chuyên dùng cấp II`,
    }),
    ...flag('connected', 'Trụ sở đã kết nối và sử dụng Mạng truyền số liệu chuyên dùng'),
    basis: 'Kết nối đang hoạt động và được dùng cho các hệ thống thông tin dùng chung của tỉnh.',
    evidence: 'Hợp đồng hoặc biên bản bàn giao kết nối; xác nhận của đơn vị cung cấp dịch vụ.',
    source: `${s.self}; Sở Thông tin và Truyền thông`,
    verifier: dept(s, 'vienThong'),
  }),

  'ht.internet': (s) => ({
    name: 'Tỷ lệ máy tính kết nối Internet băng rộng',
    ...rate(
      ['online', 'Số máy tính kết nối Internet băng rộng (cáp quang hoặc mạng nội bộ)'],
      ['computers', 'Tổng số máy tính phục vụ công việc'],
    ),
    basis: `Tính máy tính đang sử dụng tại trụ sở ${s.unit}.`,
    evidence: 'Danh sách máy tính; hợp đồng dịch vụ Internet.',
    source: s.self,
    verifier: s.verifier,
  }),

  'ht.lan': (s) => ({
    name: 'Mạng nội bộ (LAN, wifi) tại trụ sở được thiết lập và quản lý tập trung',
    ...flag('lan', 'Có mạng nội bộ kết nối các phòng làm việc, có phân vùng và quản lý tập trung'),
    basis: `Mạng nội bộ phục vụ toàn bộ các phòng làm việc của ${s.unit}; có sơ đồ và người quản trị.`,
    evidence: 'Sơ đồ mạng nội bộ; văn bản phân công quản trị mạng.',
    source: s.self,
    verifier: s.verifier,
  }),

  'ht.hopTrucTuyen': (s) => ({
    name: by(s, {
      cq_huyen: 'Cơ quan có thiết bị tham gia họp trực tuyến',
      huyen: 'Hệ thống hội nghị truyền hình trực tuyến kết nối từ tỉnh đến cấp huyện, cấp xã',
      xa: 'Điểm cầu họp trực tuyến tại trụ sở UBND cấp xã',
    }),
    ...flag('videoconference', 'Có thiết bị, điểm cầu họp trực tuyến hoạt động ổn định'),
    basis: 'Điểm cầu (thiết bị) đã tham gia các cuộc họp trực tuyến do cấp trên tổ chức trong năm.',
    evidence: 'Danh mục thiết bị; danh sách cuộc họp trực tuyến đã tham gia.',
    source: s.self,
    verifier: s.verifier,
  }),

  'ht.chungThu': (s) => ({
    name: `Tỷ lệ ${s.staffShort} được cấp chứng thư chữ ký số cá nhân`,
    ...rate(
      ['certified', 'Số người có chứng thư chữ ký số cá nhân còn hiệu lực'],
      ['staff', `Tổng số ${s.staff} thuộc đối tượng được cấp`],
    ),
    basis: 'Chứng thư số chuyên dùng Chính phủ hoặc chữ ký số công cộng dùng cho công vụ.',
    evidence: 'Danh sách chứng thư số được cấp (họ tên, số sê-ri, thời hạn).',
    source: `${s.self}; Hệ thống quản lý chứng thư số chuyên dùng`,
    verifier: s.verifier,
  }),

  'ht.ttdl': (s) => ({
    name: by(s, {
      tinh: 'Tỷ lệ hệ thống thông tin, cơ sở dữ liệu của cơ quan, đơn vị được triển khai tại Trung tâm dữ liệu tỉnh',
      huyen:
        'Tỷ lệ hệ thống thông tin, cơ sở dữ liệu của cấp huyện được triển khai tại Trung tâm dữ liệu tỉnh',
    }),
    ...rate(
      [
        'hosted',
        'Số hệ thống thông tin đặt tại Trung tâm dữ liệu tỉnh hoặc nền tảng điện toán đám mây đạt chuẩn',
      ],
      ['systems', 'Tổng số hệ thống thông tin đang vận hành'],
    ),
    basis: 'Không tính hệ thống do bộ, ngành trung ương quản lý.',
    evidence: 'Danh mục hệ thống thông tin, nơi đặt máy chủ.',
    source: `${s.self}; Sở Thông tin và Truyền thông`,
    verifier: s.standing,
  }),

  'ht.motCua': (s) => ({
    name: `Bộ phận Một cửa ${by(s, { huyen: 'cấp huyện', xa: 'cấp xã' })} được trang bị đủ thiết bị số hóa hồ sơ`,
    ...flag('scanners', 'Có máy quét, máy tính và thiết bị số hóa hồ sơ tại Bộ phận Một cửa'),
    basis:
      'Thiết bị đáp ứng yêu cầu số hóa hồ sơ, kết quả giải quyết thủ tục hành chính theo Nghị định số 45/2020/NĐ-CP.',
    evidence: 'Danh mục thiết bị tại Bộ phận Một cửa.',
    source: s.self,
    verifier: dept(s, 'hanhChinhCong'),
  }),

  'ht.song4g': (s) => ({
    name: `Tỷ lệ thôn, tổ dân phố ${s.area} có sóng di động băng rộng (4G/5G)`,
    ...rate(['covered', 'Số thôn, tổ dân phố có sóng 4G/5G'], ['villages', 'Tổng số thôn, tổ dân phố']),
    basis: 'Thôn, tổ dân phố có sóng tại khu dân cư chính, theo số liệu của các doanh nghiệp viễn thông.',
    evidence: 'Số liệu phủ sóng của doanh nghiệp viễn thông; danh sách thôn chưa có sóng.',
    source: `${s.self}; các doanh nghiệp viễn thông`,
    verifier: dept(s, 'vienThong'),
  }),

  'ht.capQuangThon': (s) => ({
    name: `Tỷ lệ thôn, tổ dân phố ${s.area} có hạ tầng Internet cáp quang`,
    ...rate(['fibre', 'Số thôn, tổ dân phố có hạ tầng cáp quang'], ['villages', 'Tổng số thôn, tổ dân phố']),
    basis: 'Thôn, tổ dân phố có điểm kết nối cáp quang đến khu dân cư.',
    evidence: 'Số liệu của các doanh nghiệp viễn thông.',
    source: `${s.self}; các doanh nghiệp viễn thông`,
    verifier: dept(s, 'vienThong'),
  }),

  'ht.hoCapQuang': (s) => ({
    name: `Tỷ lệ hộ gia đình ${s.area} có kết nối Internet cáp quang băng rộng`,
    ...rate(
      ['households', 'Số hộ gia đình có thuê bao Internet cáp quang'],
      ['total', 'Tổng số hộ gia đình'],
    ),
    basis: 'Số thuê bao cáp quang hộ gia đình theo số liệu của doanh nghiệp viễn thông tại ngày 31/12.',
    evidence: 'Số liệu thuê bao của các doanh nghiệp viễn thông; số hộ theo thống kê dân số.',
    source: `${s.self}; các doanh nghiệp viễn thông`,
    verifier: dept(s, 'vienThong'),
  }),

  'ht.loa': (s) => ({
    name: `Tỷ lệ thôn, tổ dân phố ${s.area} có hệ thống truyền thanh ứng dụng công nghệ thông tin - viễn thông`,
    ...rate(
      ['smart', 'Số thôn, tổ dân phố có cụm loa truyền thanh ứng dụng CNTT - viễn thông'],
      ['villages', 'Tổng số thôn, tổ dân phố'],
    ),
    basis: 'Cụm loa truyền thanh thông minh (IP) hoạt động, được quản lý trên hệ thống thông tin nguồn.',
    evidence: 'Danh mục cụm loa, biên bản nghiệm thu, bàn giao.',
    source: s.self,
    verifier: s.verifier,
  }),

  'ht.wifi': (s) => ({
    name: `Điểm truy cập Internet wifi công cộng miễn phí ${s.area}`,
    inputs: [
      { key: 'hotspots', label: 'Số điểm wifi công cộng miễn phí đang hoạt động', type: 'integer', min: 0 },
    ],
    method: { type: 'count', input: 'hotspots', unit: 'điểm wifi', fullAt: by(s, { huyen: 10, xa: 4 }) },
    basis:
      'Tính điểm tại trụ sở, nhà văn hóa, khu du lịch, chợ, quảng trường do chính quyền hoặc doanh nghiệp cung cấp miễn phí.',
    evidence: 'Danh sách điểm wifi (địa điểm, đơn vị cung cấp).',
    source: `${s.self}; các doanh nghiệp viễn thông`,
    verifier: dept(s, 'vienThong'),
  }),

  'ht.camera': (s) => ({
    name: `Camera giám sát an ninh trật tự, giao thông ${s.area} kết nối về trung tâm giám sát`,
    ...stepped(
      'cameras',
      'Số camera đang kết nối về trung tâm giám sát',
      'camera',
      by(s, {
        huyen: [
          [40, 1],
          [20, 0.5],
          [10, 0.25],
        ],
        xa: [
          [8, 1],
          [4, 0.5],
          [2, 0.25],
        ],
      }),
    ),
    basis:
      'Camera phục vụ an ninh trật tự, giao thông (kể cả mô hình "camera an ninh" do Công an triển khai) có kết nối về trung tâm giám sát.',
    evidence: 'Danh sách camera (vị trí, đơn vị quản lý).',
    source: s.self,
    verifier: dept(s, 'congAn'),
  }),

  'ht.truong': (s) => ({
    name: `Tỷ lệ trường học ${s.area} có kết nối Internet cáp quang`,
    ...rate(['fibre', 'Số trường (điểm trường chính) có Internet cáp quang'], ['schools', 'Tổng số trường']),
    basis: 'Trường mầm non, tiểu học, trung học cơ sở thuộc cấp huyện quản lý.',
    evidence: 'Số liệu của ngành giáo dục; hợp đồng dịch vụ Internet.',
    source: s.self,
    verifier: dept(s, 'giaoDuc'),
  }),

  'ht.tramYTe': (s) => ({
    name: `Tỷ lệ trạm y tế xã ${s.area} có kết nối Internet cáp quang`,
    ...rate(['fibre', 'Số trạm y tế có Internet cáp quang'], ['stations', 'Tổng số trạm y tế xã']),
    basis: 'Kết nối đáp ứng triển khai hệ thống thông tin quản lý trạm y tế và khám chữa bệnh bảo hiểm y tế.',
    evidence: 'Số liệu của ngành y tế; hợp đồng dịch vụ Internet.',
    source: s.self,
    verifier: dept(s, 'yTe'),
  }),

  'ht.nhaVanHoa': (s) => ({
    name: `Tỷ lệ nhà văn hóa thôn, tổ dân phố ${s.area} có kết nối Internet`,
    ...rate(
      ['online', 'Số nhà văn hóa có kết nối Internet'],
      ['halls', 'Tổng số nhà văn hóa thôn, tổ dân phố'],
    ),
    basis: 'Kết nối cố định hoặc wifi phục vụ sinh hoạt cộng đồng, hướng dẫn kỹ năng số.',
    evidence: 'Danh sách nhà văn hóa có kết nối.',
    source: s.self,
    verifier: s.verifier,
  }),

  'ht.xaTslcd': (s) => ({
    name: 'Tỷ lệ UBND cấp xã kết nối Mạng truyền số liệu chuyên dùng',
    ...rate(['connected', 'Số UBND cấp xã đã kết nối'], ['communes', 'Tổng số đơn vị hành chính cấp xã']),
    basis: 'Kết nối đang hoạt động tại ngày 31/12.',
    evidence: 'Danh sách kết nối của đơn vị cung cấp dịch vụ.',
    source: `${s.self}; Sở Thông tin và Truyền thông`,
    verifier: dept(s, 'vienThong'),
  }),

  'ht.xaHop': (s) => ({
    name: 'Tỷ lệ UBND cấp xã có điểm cầu hội nghị truyền hình trực tuyến kết nối với cấp huyện',
    ...rate(
      ['equipped', 'Số UBND cấp xã có điểm cầu hoạt động'],
      ['communes', 'Tổng số đơn vị hành chính cấp xã'],
    ),
    basis: 'Điểm cầu đã tham gia các cuộc họp trực tuyến do cấp huyện, cấp tỉnh tổ chức trong năm.',
    evidence: 'Danh sách điểm cầu; danh sách cuộc họp trực tuyến.',
    source: s.self,
    verifier: s.verifier,
  }),
};
