import type { Command } from '@nestjs/cqrs';
import type { CommandResult } from '@chitieu/event-store';
import type { CommandContext, DocumentRef, Role } from '@chitieu/kernel';

/** The scenario is entered as of the review meeting: no business date after it, none before 2021. */
export const AS_OF = '2023-08-02';
export const PROGRAM_ID = 'hn-08-2021';

export interface Actor {
  readonly actor: string;
  readonly role: Role;
  readonly unit: string | null;
}
export const ADMIN: Actor = { actor: 'quan-tri-he-thong', role: 'admin', unit: null };
/** Staff of the standing agency (Sở LĐ-TB&XH) keeping the committee's records. */
export const SECRETARIAT: Actor = { actor: 'thu-ky-bcd08', role: 'secretariat', unit: 'SLDTBXH' };
export const WATCHER: Actor = { actor: 'deadline-watcher', role: 'system', unit: null };
export const unitUser = (unit: string): Actor => ({ actor: `can-bo-${unit.toLowerCase()}`, role: 'unit', unit });

/** One command of the scenario, with its context, ready for the command bus. */
export interface SampleStep {
  readonly label: string;
  readonly occurredAt: string;
  readonly command: Command<CommandResult>;
}

export interface Why {
  readonly reason?: string;
  readonly sourceDocument?: DocumentRef;
}

/** A deterministic context: ids derive from the step label, so two seeds give the same ids. */
export function contextFor(label: string, who: Actor, occurredAt: string, why: Why = {}): CommandContext {
  return {
    ...who,
    today: AS_OF,
    occurredAt,
    reason: why.reason ?? null,
    sourceDocument: why.sourceDocument ?? null,
    correlationId: `sample-08:${label}`,
    causationId: null,
    idSeed: `sample-08:${label}`,
  };
}

export const PROGRAM_DOCUMENT: DocumentRef = {
  issuer: 'Thành ủy Hà Nội',
  number: '08-CTr/TU',
  date: '2021-03-17',
  title: 'Chương trình số 08-CTr/TU về phát triển hệ thống an sinh xã hội, nâng cao phúc lợi xã hội, chất lượng cuộc sống của nhân dân Thủ đô giai đoạn 2021-2025 (ngày ban hành 17/03/2021: giả định, cần đối chiếu văn bản gốc)',
};
export const NOTICE_07: DocumentRef = {
  issuer: 'Ban Chỉ đạo Chương trình 08-CTr/TU',
  number: '07/TB-BCĐ',
  date: '2023-06-06',
  title: 'Thông báo kết luận của Ban Chỉ đạo tại Hội nghị sơ kết giữa nhiệm kỳ Chương trình số 08-CTr/TU',
};
/** The city's plan implementing the program: number and date are not in the material at hand. */
export const CITY_PLAN: DocumentRef = {
  issuer: 'UBND Thành phố Hà Nội',
  number: 'Kế hoạch thực hiện CTr 08-CTr/TU (số chưa rõ)',
  date: '2021-06-30',
  title: 'Kế hoạch của UBND Thành phố thực hiện Chương trình 08-CTr/TU (số và ngày chưa rõ; ngày 30/06/2021 là giả định của dữ liệu mẫu)',
};
export const ARTICLE: DocumentRef = {
  issuer: 'Sở Lao động - Thương binh và Xã hội (Cơ quan Thường trực BCĐ 08)',
  number: 'Báo cáo sơ kết 6 tháng đầu năm 2023 (số chưa rõ)',
  date: '2023-08-02',
  title: 'Báo cáo tại Hội nghị sơ kết 02/08/2023, theo bài "Tập trung tháo gỡ vướng mắc các chỉ tiêu an sinh xã hội"',
};
