import type { CsvColumn } from '../queries/csv';
import type { HistoryEntry } from '../queries/read-side-queries';
import type { DataQualityFlag } from '../projections/data-quality/data-quality.rules';
import type { TaskRow } from '../projections/directive-tracker/directive-tracker.query';
import type { IndicatorStatusView } from '../projections/indicator-status/indicator-status.view';
import type { UnitView } from '../projections/unit-workload/unit-workload.state';

/** CSV headers in Vietnamese first (the users' language), English after the slash. */
export const INDICATOR_COLUMNS: CsvColumn<IndicatorStatusView>[] = [
  { header: 'Mã / Code', value: (v) => v.code },
  { header: 'Chỉ tiêu / Indicator', value: (v) => v.nameVi },
  { header: 'Nhóm / Group', value: (v) => v.group },
  { header: 'Chủ trì / Lead', value: (v) => v.lead },
  { header: 'Phối hợp / Coordinating', value: (v) => v.coordinating },
  { header: 'Mục tiêu nhiệm kỳ / Term target', value: (v) => v.term.target },
  { header: 'Trạng thái nhiệm kỳ / Term status', value: (v) => v.term.status },
  { header: 'Năm / Year', value: (v) => v.annual.year },
  { header: 'Kế hoạch năm / Annual target', value: (v) => v.annual.target },
  { header: 'Kỳ / Period', value: (v) => v.annual.period },
  { header: 'Giá trị / Value', value: (v) => v.annual.value },
  { header: 'Tiến độ % / Progress %', value: (v) => v.annual.progress },
  { header: 'Trạng thái tính / Computed', value: (v) => v.annual.computed },
  { header: 'Đánh giá / Assessed', value: (v) => v.annual.assessed?.status },
  { header: 'Trạng thái năm / Annual status', value: (v) => v.annual.status },
];

export const HISTORY_COLUMNS: CsvColumn<HistoryEntry>[] = [
  { header: 'Vị trí / Position', value: (r) => r.position },
  { header: 'Ghi nhận lúc / Recorded at', value: (r) => r.recordedAt },
  { header: 'Hiệu lực từ / Effective', value: (r) => r.effectiveDate },
  { header: 'Loại / Kind', value: (r) => r.kind },
  { header: 'Khóa / Key', value: (r) => r.key },
  { header: 'Nội dung / Payload', value: (r) => r.payload },
];

export const TASK_COLUMNS: CsvColumn<TaskRow>[] = [
  { header: 'Văn bản / Document', value: (t) => t.documentNumber },
  { header: 'Nhiệm vụ / Task', value: (t) => t.titleVi },
  { header: 'Chủ trì / Lead', value: (t) => t.lead },
  { header: 'Phối hợp / Coordinating', value: (t) => t.coordinating },
  { header: 'Hạn / Due', value: (t) => t.dueDate },
  { header: 'Trạng thái / Status', value: (t) => t.status },
  { header: 'Quá hạn / Overdue', value: (t) => (t.overdue ? 'có' : 'không') },
  { header: 'Số ngày quá hạn / Days overdue', value: (t) => t.daysOverdue },
  { header: 'Hoàn thành / Completed on', value: (t) => t.completedOn },
];

export const UNIT_COLUMNS: CsvColumn<UnitView>[] = [
  { header: 'Mã / Code', value: (u) => u.code },
  { header: 'Tên / Name', value: (u) => u.nameVi },
  { header: 'Name (EN)', value: (u) => u.nameEn },
  { header: 'Loại / Kind', value: (u) => u.kind },
  { header: 'Mã thống kê / Statistics code', value: (u) => u.statisticsCode },
  { header: 'Sáp nhập vào / Merged into', value: (u) => u.mergedInto },
];

export const FLAG_COLUMNS: CsvColumn<DataQualityFlag>[] = [
  { header: 'Chỉ tiêu / Indicator', value: (f) => f.indicatorId },
  { header: 'Kỳ / Period', value: (f) => f.period },
  { header: 'Loại / Kind', value: (f) => f.kind },
  { header: 'Đơn vị báo cáo / Reporting unit', value: (f) => f.reportingUnit },
  { header: 'Mô tả / Message', value: (f) => f.message },
];
