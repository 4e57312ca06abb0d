// Provincial agencies and the district agency template seeded into the unit registry. The lists are
// assumptions (see PROVENANCE.md): administrators correct them through the API.

/** An agency to seed: a code suffix and its name. */
export interface AgencySeed {
  suffix: string;
  name: string;
}

/** The 18 provincial departments and boards that handle administrative procedures (TTHC). */
export const provinceAgenciesWithProcedures: readonly AgencySeed[] = [
  { suffix: 'SNV', name: 'Sở Nội vụ' },
  { suffix: 'STP', name: 'Sở Tư pháp' },
  { suffix: 'SKHDT', name: 'Sở Kế hoạch và Đầu tư' },
  { suffix: 'STC', name: 'Sở Tài chính' },
  { suffix: 'SCT', name: 'Sở Công Thương' },
  { suffix: 'SNNPTNT', name: 'Sở Nông nghiệp và Phát triển nông thôn' },
  { suffix: 'SGTVT', name: 'Sở Giao thông vận tải' },
  { suffix: 'SXD', name: 'Sở Xây dựng' },
  { suffix: 'STNMT', name: 'Sở Tài nguyên và Môi trường' },
  { suffix: 'STTTT', name: 'Sở Thông tin và Truyền thông' },
  { suffix: 'SLDTBXH', name: 'Sở Lao động - Thương binh và Xã hội' },
  { suffix: 'SVHTTDL', name: 'Sở Văn hóa, Thể thao và Du lịch' },
  { suffix: 'SKHCN', name: 'Sở Khoa học và Công nghệ' },
  { suffix: 'SGDDT', name: 'Sở Giáo dục và Đào tạo' },
  { suffix: 'SYT', name: 'Sở Y tế' },
  { suffix: 'TTR', name: 'Thanh tra tỉnh' },
  { suffix: 'BQLKKT', name: 'Ban Quản lý Khu kinh tế' },
  { suffix: 'SNGV', name: 'Sở Ngoại vụ' },
];

/** Provincial bodies without administrative procedures (party, front, mass organisations, media). */
export const provinceAgenciesWithoutProcedures: readonly AgencySeed[] = [
  { suffix: 'VPTU', name: 'Văn phòng Tỉnh ủy' },
  { suffix: 'BTCTU', name: 'Ban Tổ chức Tỉnh ủy' },
  { suffix: 'BTGTU', name: 'Ban Tuyên giáo Tỉnh ủy' },
  { suffix: 'BDVTU', name: 'Ban Dân vận Tỉnh ủy' },
  { suffix: 'BNCTU', name: 'Ban Nội chính Tỉnh ủy' },
  { suffix: 'UBKTTU', name: 'Ủy ban Kiểm tra Tỉnh ủy' },
  { suffix: 'MTTQ', name: 'Ủy ban MTTQ Việt Nam tỉnh' },
  { suffix: 'HND', name: 'Hội Nông dân tỉnh' },
  { suffix: 'HLHPN', name: 'Hội Liên hiệp Phụ nữ tỉnh' },
  { suffix: 'TD', name: 'Tỉnh đoàn' },
  { suffix: 'LDLD', name: 'Liên đoàn Lao động tỉnh' },
  { suffix: 'HCCB', name: 'Hội Cựu chiến binh tỉnh' },
  { suffix: 'DPTTH', name: 'Đài Phát thanh - Truyền hình tỉnh' },
  { suffix: 'VPDDBQH', name: 'Văn phòng Đoàn ĐBQH và HĐND tỉnh' },
  { suffix: 'VPUBND', name: 'Văn phòng UBND tỉnh' },
];

/** District agencies every district-level unit has. */
export const commonDistrictAgencies: readonly AgencySeed[] = [
  { suffix: 'VP', name: 'Văn phòng HĐND và UBND' },
  { suffix: 'PNV', name: 'Phòng Nội vụ' },
  { suffix: 'PTP', name: 'Phòng Tư pháp' },
  { suffix: 'PTCKH', name: 'Phòng Tài chính - Kế hoạch' },
  { suffix: 'PTNMT', name: 'Phòng Tài nguyên và Môi trường' },
  { suffix: 'PLDTBXH', name: 'Phòng Lao động - Thương binh và Xã hội' },
  { suffix: 'PVHTT', name: 'Phòng Văn hóa và Thông tin' },
  { suffix: 'PGDDT', name: 'Phòng Giáo dục và Đào tạo' },
  { suffix: 'PYT', name: 'Phòng Y tế' },
  { suffix: 'TTR', name: 'Thanh tra' },
];

/** District agencies of a city or town (thành phố, thị xã). */
export const urbanDistrictAgencies: readonly AgencySeed[] = [
  { suffix: 'PKT', name: 'Phòng Kinh tế' },
  { suffix: 'PQLDT', name: 'Phòng Quản lý đô thị' },
];

/** District agencies of a rural district (huyện). */
export const ruralDistrictAgencies: readonly AgencySeed[] = [
  { suffix: 'PKTHT', name: 'Phòng Kinh tế và Hạ tầng' },
  { suffix: 'PNNPTNT', name: 'Phòng Nông nghiệp và Phát triển nông thôn' },
];
