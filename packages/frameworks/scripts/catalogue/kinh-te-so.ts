/**
 * Index 7, Hoạt động kinh tế số (locality sets). Wording after the Khánh Hòa samples of research-notes
 * §3.1(c) (DNNVV sử dụng nền tảng số; hợp đồng điện tử; thành viên HTX được tập huấn; its basis CV 3445/BNN-VPĐP
 * of 29/5/2023 is not cited, since 2644 uses the item too),
 * 922 §2.5 (hóa đơn điện tử, OCOP trên sàn TMĐT) and the candidate list of §5.2.
 */
import { dept } from './scopes';
import { by, rate, stepped, type ItemDef } from './model';

export const KINH_TE_SO: Record<string, ItemDef> = {
  'kt.nenTang': (s) => ({
    name: `Tỷ lệ doanh nghiệp nhỏ và vừa ${s.area} sử dụng nền tảng số phục vụ sản xuất, kinh doanh`,
    ...rate(
      ['using', 'Số doanh nghiệp nhỏ và vừa sử dụng nền tảng số'],
      ['smes', 'Tổng số doanh nghiệp nhỏ và vừa đang hoạt động'],
    ),
    basis:
      'Nền tảng số quản trị, kế toán, bán hàng, chăm sóc khách hàng thuộc Chương trình hỗ trợ doanh nghiệp nhỏ và vừa chuyển đổi số; không có doanh nghiệp thì không tính.',
    evidence: 'Danh sách doanh nghiệp và nền tảng sử dụng; phiếu khảo sát.',
    source: `${s.self}; khảo sát doanh nghiệp`,
    verifier: dept(s, 'keHoach'),
  }),

  'kt.hopDong': (s) => ({
    name: `Tỷ lệ doanh nghiệp, hợp tác xã ${s.area} sử dụng hợp đồng điện tử`,
    ...rate(
      ['using', 'Số doanh nghiệp, hợp tác xã sử dụng hợp đồng điện tử'],
      ['firms', 'Tổng số doanh nghiệp, hợp tác xã đang hoạt động'],
    ),
    basis:
      'Hợp đồng giao kết bằng phương tiện điện tử, có chữ ký số; không có doanh nghiệp, hợp tác xã thì không tính.',
    evidence: 'Danh sách doanh nghiệp, hợp tác xã; xác nhận của nhà cung cấp dịch vụ.',
    source: `${s.self}; khảo sát doanh nghiệp`,
    verifier: dept(s, 'congThuong'),
  }),

  'kt.hoaDon': (s) => ({
    name: `Tỷ lệ doanh nghiệp, hộ kinh doanh ${s.area} sử dụng hóa đơn điện tử`,
    ...rate(
      ['using', 'Số doanh nghiệp, hộ kinh doanh sử dụng hóa đơn điện tử'],
      ['required', 'Tổng số doanh nghiệp, hộ kinh doanh thuộc diện sử dụng hóa đơn'],
    ),
    basis: 'Theo số liệu của cơ quan thuế tại ngày 31/12; không phát sinh thì không tính.',
    evidence: 'Số liệu của cơ quan thuế.',
    source: 'Cơ quan thuế',
    verifier: dept(s, 'thue'),
  }),

  'kt.thue': (s) => ({
    name: `Tỷ lệ doanh nghiệp ${s.area} kê khai, nộp thuế điện tử`,
    ...rate(
      ['online', 'Số doanh nghiệp kê khai, nộp thuế điện tử'],
      ['firms', 'Tổng số doanh nghiệp đang hoạt động'],
    ),
    basis: 'Theo số liệu của cơ quan thuế tại ngày 31/12.',
    evidence: 'Số liệu của cơ quan thuế.',
    source: 'Cơ quan thuế',
    verifier: dept(s, 'thue'),
  }),

  'kt.thueHoKinhDoanh': (s) => ({
    name: `Tỷ lệ hộ kinh doanh ${s.area} nộp thuế điện tử`,
    ...rate(
      ['online', 'Số hộ kinh doanh nộp thuế điện tử'],
      ['households', 'Tổng số hộ kinh doanh nộp thuế'],
    ),
    basis: 'Theo số liệu của cơ quan thuế tại ngày 31/12; không phát sinh thì không tính.',
    evidence: 'Số liệu của cơ quan thuế.',
    source: 'Cơ quan thuế',
    verifier: dept(s, 'thue'),
  }),

  'kt.ocopSan': (s) => ({
    name: `Sản phẩm OCOP, nông sản chủ lực ${s.area} được đưa lên sàn thương mại điện tử`,
    ...by(s, {
      huyen: {
        inputs: [
          {
            key: 'products',
            label: 'Số sản phẩm OCOP, nông sản chủ lực đang được bán trên sàn TMĐT',
            type: 'integer',
            min: 0,
          },
        ],
        method: { type: 'relative', input: 'products' },
      },
      xa: stepped('products', 'Số sản phẩm OCOP, nông sản chủ lực đang được bán trên sàn TMĐT', 'sản phẩm', [
        [5, 1],
        [3, 0.75],
        [1, 0.5],
      ]),
    }),
    basis: by(s, {
      huyen:
        'Sàn thương mại điện tử (postmart.vn, voso.vn và các sàn khác); điểm so với huyện có nhiều sản phẩm nhất.',
      xa: 'Sàn thương mại điện tử (postmart.vn, voso.vn và các sàn khác); mỗi sản phẩm tính một lần.',
    }),
    evidence: 'Danh sách sản phẩm, đường dẫn gian hàng.',
    source: s.self,
    verifier: dept(s, 'congThuong'),
  }),

  'kt.hoSanXuat': (s) => ({
    name: `Tỷ lệ hộ sản xuất nông nghiệp ${s.area} có tài khoản bán hàng trên sàn thương mại điện tử`,
    ...rate(
      ['accounts', 'Số hộ có tài khoản, gian hàng hoạt động'],
      ['farms', 'Tổng số hộ sản xuất nông nghiệp'],
    ),
    basis: 'Tài khoản được mở, có sản phẩm đăng bán trong năm.',
    evidence: 'Danh sách hộ và tài khoản; xác nhận của sàn.',
    source: `${s.self}; các sàn thương mại điện tử`,
    verifier: dept(s, 'nongNghiep'),
  }),

  'kt.tapHuan': (s) => ({
    name: `Tỷ lệ thành viên hợp tác xã, doanh nghiệp ${s.area} được định hướng, tập huấn ứng dụng công nghệ số`,
    ...rate(
      ['trained', 'Số thành viên được tập huấn trong năm'],
      ['members', 'Tổng số thành viên hợp tác xã, lao động quản lý doanh nghiệp'],
    ),
    basis:
      'Định hướng, tập huấn về chuyển đổi số, thương mại điện tử, truy xuất nguồn gốc cho thành viên hợp tác xã và người quản lý doanh nghiệp; không phát sinh thì không tính.',
    evidence: 'Danh sách người được tập huấn.',
    source: s.self,
    verifier: dept(s, 'nongNghiep'),
  }),

  'kt.qr': (s) => ({
    name: `Tỷ lệ cơ sở kinh doanh, dịch vụ ${s.area} chấp nhận thanh toán không dùng tiền mặt`,
    ...rate(
      ['cashless', 'Số cơ sở chấp nhận thanh toán qua mã QR, thẻ, ví điện tử'],
      ['businesses', 'Tổng số cơ sở kinh doanh, dịch vụ'],
    ),
    basis: 'Tính theo khảo sát hoặc số liệu của các ngân hàng, trung gian thanh toán.',
    evidence: 'Danh sách cơ sở; số liệu của ngân hàng.',
    source: `${s.self}; các ngân hàng trên địa bàn`,
    verifier: dept(s, 'nganHang'),
  }),

  'kt.cho': (s) => ({
    name: `Tỷ lệ chợ ${s.area} triển khai thanh toán không dùng tiền mặt`,
    ...rate(
      ['cashless', 'Số chợ có từ 50% tiểu thương chấp nhận thanh toán không dùng tiền mặt'],
      ['markets', 'Tổng số chợ'],
    ),
    basis: 'Mô hình "chợ 4.0"; không có chợ thì không tính.',
    evidence: 'Danh sách chợ và số tiểu thương tham gia.',
    source: s.self,
    verifier: dept(s, 'congThuong'),
  }),

  'kt.truyXuat': (s) => ({
    name: `Tỷ lệ sản phẩm OCOP ${s.area} có mã truy xuất nguồn gốc điện tử`,
    ...rate(
      ['traceable', 'Số sản phẩm OCOP có tem, mã truy xuất nguồn gốc điện tử'],
      ['products', 'Tổng số sản phẩm OCOP còn hiệu lực'],
    ),
    basis:
      'Mã truy xuất nguồn gốc trên hệ thống truy xuất của tỉnh hoặc quốc gia; không có sản phẩm OCOP thì không tính.',
    evidence: 'Danh sách sản phẩm và mã truy xuất.',
    source: s.self,
    verifier: dept(s, 'nongNghiep'),
  }),

  'kt.htx': (s) => ({
    name: `Tỷ lệ hợp tác xã nông nghiệp ${s.area} ứng dụng công nghệ số trong sản xuất, kinh doanh`,
    ...rate(
      ['digital', 'Số hợp tác xã ứng dụng công nghệ số'],
      ['coops', 'Tổng số hợp tác xã nông nghiệp đang hoạt động'],
    ),
    basis:
      'Ứng dụng trong quản lý sản xuất, truy xuất nguồn gốc, bán hàng trực tuyến hoặc kế toán điện tử; không có hợp tác xã thì không tính.',
    evidence: 'Danh sách hợp tác xã và ứng dụng sử dụng.',
    source: s.self,
    verifier: dept(s, 'nongNghiep'),
  }),

  'kt.doanhNghiepCns': (s) => ({
    name: `Số doanh nghiệp công nghệ số ${s.area}`,
    ...stepped('firms', 'Số doanh nghiệp công nghệ số đang hoạt động', 'doanh nghiệp', [
      [10, 1],
      [5, 0.5],
      [2, 0.25],
    ]),
    basis: 'Doanh nghiệp có ngành nghề đăng ký về công nghiệp, dịch vụ công nghệ số, đang hoạt động.',
    evidence: 'Danh sách doanh nghiệp từ Hệ thống thông tin quốc gia về đăng ký doanh nghiệp.',
    source: 'Hệ thống thông tin quốc gia về đăng ký doanh nghiệp',
    verifier: dept(s, 'keHoach'),
  }),

  'kt.luuTruDuLich': (s) => ({
    name: `Tỷ lệ cơ sở lưu trú du lịch ${s.area} hiện diện trên nền tảng đặt phòng trực tuyến`,
    ...rate(
      ['listed', 'Số cơ sở lưu trú có trên nền tảng đặt phòng trực tuyến'],
      ['lodgings', 'Tổng số cơ sở lưu trú du lịch'],
    ),
    basis: 'Nền tảng đặt phòng trong nước hoặc quốc tế; không có cơ sở lưu trú thì không tính.',
    evidence: 'Danh sách cơ sở và đường dẫn trên nền tảng.',
    source: s.self,
    verifier: dept(s, 'duLich'),
  }),

  'kt.dangKyKinhDoanh': (s) => ({
    name: 'Tỷ lệ hộ kinh doanh đăng ký thành lập qua mạng',
    ...rate(
      ['online', 'Số hồ sơ đăng ký hộ kinh doanh nộp trực tuyến'],
      ['registrations', 'Tổng số hồ sơ đăng ký hộ kinh doanh trong năm'],
    ),
    basis: `Hồ sơ đăng ký hộ kinh doanh tại ${s.unit}; không phát sinh thì không tính.`,
    evidence: 'Thống kê từ hệ thống đăng ký hộ kinh doanh.',
    source: 'Hệ thống thông tin quốc gia về đăng ký hộ kinh doanh',
    verifier: dept(s, 'keHoach'),
  }),

  'kt.hoiNghi': (s) => ({
    name: `Tập huấn về thương mại điện tử, kinh tế số cho hộ kinh doanh, hợp tác xã ${s.area}`,
    ...stepped('classes', 'Số lớp tập huấn đã tổ chức trong năm', 'lớp', [
      [2, 1],
      [1, 0.5],
    ]),
    basis: 'Lớp tập huấn do xã tổ chức hoặc phối hợp với doanh nghiệp, sàn thương mại điện tử.',
    evidence: 'Kế hoạch, danh sách học viên.',
    source: s.self,
    verifier: dept(s, 'congThuong'),
  }),
};
