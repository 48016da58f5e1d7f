import { RegisterUnitCommand } from '@chitieu/organisation';
import type { UnitKind } from '@chitieu/organisation';
import { ADMIN, contextFor, type SampleStep } from './context';

const ON = '2021-03-17';

/** Standing agency, steering committee and member departments (codes are ours). */
const MEMBERS: [code: string, kind: UnitKind, nameVi: string, nameEn: string][] = [
  ['SLDTBXH', 'department', 'Sở Lao động - Thương binh và Xã hội', 'Department of Labour, Invalids and Social Affairs'],
  ['BCD08', 'committee', 'Ban Chỉ đạo Chương trình 08-CTr/TU', 'Steering Committee of Program 08-CTr/TU'],
  ['SYT', 'department', 'Sở Y tế', 'Department of Health'],
  ['SGDDT', 'department', 'Sở Giáo dục và Đào tạo', 'Department of Education and Training'],
  ['SNV', 'department', 'Sở Nội vụ', 'Department of Home Affairs'],
  ['SVHTT', 'department', 'Sở Văn hóa và Thể thao', 'Department of Culture and Sports'],
  ['SXD', 'department', 'Sở Xây dựng', 'Department of Construction'],
  ['SKHDT', 'department', 'Sở Kế hoạch và Đầu tư', 'Department of Planning and Investment'],
  ['BDT', 'agency', 'Ban Dân tộc Thành phố', 'City Ethnic Minorities Committee'],
  ['BHXH', 'agency', 'Bảo hiểm xã hội Thành phố Hà Nội', 'Hanoi Social Insurance'],
  ['MTTQ', 'other', 'Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố Hà Nội', 'Vietnam Fatherland Front Committee of Hanoi'],
  ['CTK', 'agency', 'Cục Thống kê Thành phố Hà Nội', 'Hanoi Statistics Office'],
];

type DistrictType = 'quan' | 'huyen' | 'thi_xa';
/** The 30 district-level units before 2025, with their national statistics codes (BRIEF.md). */
export const DISTRICTS: [statisticsCode: string, type: DistrictType, name: string][] = [
  ['001', 'quan', 'Ba Đình'], ['002', 'quan', 'Hoàn Kiếm'], ['003', 'quan', 'Tây Hồ'], ['004', 'quan', 'Long Biên'],
  ['005', 'quan', 'Cầu Giấy'], ['006', 'quan', 'Đống Đa'], ['007', 'quan', 'Hai Bà Trưng'], ['008', 'quan', 'Hoàng Mai'],
  ['009', 'quan', 'Thanh Xuân'], ['019', 'quan', 'Nam Từ Liêm'], ['021', 'quan', 'Bắc Từ Liêm'], ['268', 'quan', 'Hà Đông'],
  ['269', 'thi_xa', 'Sơn Tây'],
  ['016', 'huyen', 'Sóc Sơn'], ['017', 'huyen', 'Đông Anh'], ['018', 'huyen', 'Gia Lâm'], ['020', 'huyen', 'Thanh Trì'],
  ['250', 'huyen', 'Mê Linh'], ['271', 'huyen', 'Ba Vì'], ['272', 'huyen', 'Phúc Thọ'], ['273', 'huyen', 'Đan Phượng'],
  ['274', 'huyen', 'Hoài Đức'], ['275', 'huyen', 'Quốc Oai'], ['276', 'huyen', 'Thạch Thất'], ['277', 'huyen', 'Chương Mỹ'],
  ['278', 'huyen', 'Thanh Oai'], ['279', 'huyen', 'Thường Tín'], ['280', 'huyen', 'Phú Xuyên'], ['281', 'huyen', 'Ứng Hòa'],
  ['282', 'huyen', 'Mỹ Đức'],
];

const PREFIX: Record<DistrictType, [code: string, vi: string, en: string]> = {
  quan: ['Q', 'Quận', 'District'],
  huyen: ['H', 'Huyện', 'Rural District'],
  thi_xa: ['TX', 'Thị xã', 'Town'],
};
/** Unit code of a district: Q001 (quận), H016 (huyện), TX269 (thị xã). */
export const districtCode = (statisticsCode: string, type: DistrictType) => `${PREFIX[type][0]}${statisticsCode}`;
const ascii = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');

export function unitSteps(): SampleStep[] {
  const members = MEMBERS.map(([code, kind, nameVi, nameEn]) => ({ code, nameVi, nameEn, kind, parentCode: null, statisticsCode: null, districtType: null }));
  const districts = DISTRICTS.map(([statisticsCode, type, name]) => ({
    code: districtCode(statisticsCode, type),
    nameVi: `${PREFIX[type][1]} ${name}`,
    nameEn: `${ascii(name)} ${PREFIX[type][2]}`,
    kind: 'district' as const,
    parentCode: null,
    statisticsCode,
    districtType: type,
  }));
  return [...members, ...districts].map((payload) => {
    const label = `unit-${payload.code}`;
    return { label, occurredAt: ON, command: new RegisterUnitCommand(payload, contextFor(label, ADMIN, ON)) };
  });
}
