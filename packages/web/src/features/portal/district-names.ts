// The nine district-level units of Lào Cai (2023, GSO codes), for the portal map before results exist.

/** A district-level unit's code and names. */
export interface DistrictName {
  code: string;
  name: string;
  shortName: string;
}

/** The nine district-level units of Lào Cai in 2023. */
export const districtNames: readonly DistrictName[] = [
  { code: '080', name: 'Thành phố Lào Cai', shortName: 'TP Lào Cai' },
  { code: '082', name: 'Huyện Bát Xát', shortName: 'Bát Xát' },
  { code: '083', name: 'Huyện Mường Khương', shortName: 'Mường Khương' },
  { code: '084', name: 'Huyện Si Ma Cai', shortName: 'Si Ma Cai' },
  { code: '085', name: 'Huyện Bắc Hà', shortName: 'Bắc Hà' },
  { code: '086', name: 'Huyện Bảo Thắng', shortName: 'Bảo Thắng' },
  { code: '087', name: 'Huyện Bảo Yên', shortName: 'Bảo Yên' },
  { code: '088', name: 'Thị xã Sa Pa', shortName: 'Sa Pa' },
  { code: '089', name: 'Huyện Văn Bàn', shortName: 'Văn Bàn' },
];
