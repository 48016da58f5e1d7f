/** Vietnamese text and codes of this domain, so events have its real sizes and characters (NFC). */
export const DISTRICT_CODES = [
  '001', '002', '003', '004', '005', '006', '007', '008', '009', '019', '021', '268', '269', '016', '017',
  '018', '020', '250', '271', '272', '273', '274', '275', '276', '277', '278', '279', '280', '281', '282',
];

export const DEPARTMENTS = ['SLDTBXH', 'SYT', 'SGDDT', 'SNV', 'SVHTT', 'SXD', 'SKHDT', 'BDT', 'BHXH', 'MTTQ', 'CTK'];

export const REPORT_NOTES = [
  'Số liệu tổng hợp từ báo cáo của các quận, huyện, thị xã; đã đối chiếu với Cục Thống kê.',
  'Giải quyết việc làm mới cho người lao động, trong đó xuất khẩu lao động chiếm tỷ lệ nhỏ.',
  'Tỷ lệ tham gia bảo hiểm xã hội tăng chậm do nhiều đơn vị chậm đóng, nợ đọng kéo dài.',
  'Hộ nghèo theo chuẩn nghèo giai đoạn 2022-2025; số liệu rà soát cuối năm.',
  'Số liệu sơ bộ, sẽ cập nhật sau khi có kết quả điều tra lao động việc làm.',
  'Đã hoàn thành chỉ tiêu kế hoạch năm; tiếp tục duy trì trong các tháng cuối năm.',
  'Khu vực dân tộc thiểu số và miền núi thu nhập còn thấp, cần hỗ trợ thêm.',
  'Tỷ lệ dân số được quản lý sức khỏe đạt cao; hồ sơ sức khỏe điện tử triển khai chậm.',
];

export const ASSESSMENT_RATIONALES = [
  'Vượt chỉ tiêu kế hoạch năm nhờ các chương trình hỗ trợ tạo việc làm và vay vốn ưu đãi.',
  'Đang phấn đấu: kết quả 6 tháng đạt khoảng 70% kế hoạch năm, cần đẩy nhanh trong quý IV.',
  'Khó khăn: tham gia bảo hiểm tăng chậm, nhiều doanh nghiệp chậm đóng, nợ bảo hiểm kéo dài.',
  'Đạt chỉ tiêu nhiệm kỳ; đề nghị duy trì và nâng cao chất lượng.',
];

export const CORRECTION_REASONS = [
  'Điều chỉnh theo số liệu chính thức của Cục Thống kê.',
  'Sửa lỗi nhập liệu: nhầm đơn vị tính.',
  'Cập nhật sau rà soát hộ nghèo, hộ cận nghèo cuối năm.',
];

export const ISSUERS = ['UBND Thành phố Hà Nội', 'Sở Lao động - Thương binh và Xã hội', 'BCĐ Chương trình 08-CTr/TU', 'UBND quận Ba Đình', 'UBND huyện Sóc Sơn'];
export const DOCUMENT_SYMBOLS = ['BC-UBND', 'BC-SLĐTBXH', 'TB-BCĐ', 'KH-UBND', 'BC-BHXH'];

export const INDICATOR_NAMES = [
  ['Tỷ lệ thất nghiệp khu vực thành thị', 'Urban unemployment rate', '%', 'percent', 'lt'],
  ['Số lao động được giải quyết việc làm mới mỗi năm', 'New jobs created per year', 'lao động', 'count', 'gte'],
  ['Tỷ lệ lực lượng lao động trong độ tuổi tham gia bảo hiểm xã hội', 'Working-age labour force covered by social insurance', '%', 'percent', 'gte'],
  ['Tỷ lệ dân số tham gia bảo hiểm y tế', 'Population covered by health insurance', '%', 'percent', 'gte'],
  ['Số giường bệnh trên 10.000 dân', 'Hospital beds per 10,000 people', 'giường/10.000 dân', 'rate_per_10000', 'gte'],
] as const;
