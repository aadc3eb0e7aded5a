import type { MeetingKind } from './article-triples.ts';
import type { MeetingCandidate } from './meeting-candidate.ts';
import type { Mention } from './mention.ts';

/** Meeting verbs of Chinese reports, longest forms first. */
const TRIGGER = /举行了?[^\s,，。；、]{0,10}?(?:会谈|会晤|会面|通话)|视频会晤|视频会议|电话会议|电话会晤|电话会谈|视频通话|通了?电话|通话|会谈|会晤|会见|接见|拜会|会面|见面|晤面/g;
/** Not a meeting between people: 共同会见记者 is the same event's press appearance. */
const PRESS = /^(?:了)?(?:中外)?(?:记者|媒体|新闻界)/;
/** Plans, hopes, denials and cancellations before the verb in its clause. */
const MODAL_BEFORE = /将|拟|计划|准备|预计|预定|有望|有机会|可能|或将|打算|希望|期待|期盼|寻求|争取|即将|是否|会否|如果|倘若|若|不会|没有|未(?!来)|并未|取消|推迟|延期|拒绝|否认|考虑|愿意|愿|提议|建议|届时|下周|下月|明天|明年|稍后|之前将/;
/** Plans and cancellations right after the verb: 会晤的计划, 会谈被取消. */
const MODAL_AFTER = /^[^。；]{0,14}?(?:计划|的安排|一事|可能性|被取消|取消|推迟|延期|的消息|传闻|的请求|的邀请|的构想|的提议)/;
/** Mentions that are not participants: 转达习近平的问候, 受普京委托, 应X邀请. */
const NOT_PARTICIPANT_BEFORE = /(?:受|代表|转达|据|根据|按照|委托|感谢|祝贺)[^,，。]{0,8}$/;
const NOT_PARTICIPANT_AFTER = /^(?:[^,，。、和与同及]{0,6})?(?:的|委托|邀请|特使|特别代表|指示|致)/;
const TAKING_PART = /在[^，,。；]{1,30}?(?:的)?(?:参与|主持|斡旋|见证)下/g;
/** What joins two parties before the verb: 同, 与, 和, 跟, 及, 、, or a clause break between them. */
const JOINED = /同|与|和|跟|及|、|，|,|；/;
/** Verbs that take the other party as object, so a missing subject is the report's protagonist. */
const TRANSITIVE = /会见|接见|拜会/;

function kindOf(verb: string): MeetingKind {
  if (/电话|通话/.test(verb)) return 'phone_call';
  if (/会谈/.test(verb)) return 'talks';
  return 'meeting';
}

function isParticipant(text: string, mention: Mention): boolean {
  return !NOT_PARTICIPANT_BEFORE.test(text.slice(Math.max(0, mention.start - 12), mention.start)) && !NOT_PARTICIPANT_AFTER.test(text.slice(mention.end, mention.end + 10));
}

/**
 * Meetings a simplified Chinese sentence states: A会见B, A同B举行会谈, A应约同B通电话, A同B
 * 视频会晤. Subjects are the people before the verb, objects those after it up to the clause's
 * end. Plans, hopes, denials and cancellations are skipped, as is 共同会见记者.
 */
export function findChineseMeetings(text: string, mentions: readonly Mention[], sentence: number): MeetingCandidate[] {
  const found: MeetingCandidate[] = [];
  const triggers = [...text.matchAll(TRIGGER)].filter((m) => !PRESS.test(text.slice(m.index + m[0].length)));
  const used = new Set<Mention>();
  triggers.forEach((trigger, k) => {
    const verbEnd = trigger.index + trigger[0].length;
    const nextTrigger = triggers[k + 1]?.index ?? text.length;
    const clauseEnd = Math.min(nextTrigger, ...[',', '，', '。', '；', ';'].map((p) => text.indexOf(p, verbEnd)).filter((i) => i >= 0));
    const candidates = mentions.filter((m) => m.end <= trigger.index && !used.has(m) && isParticipant(text, m));
    // Subjects stand in the verb's own clause ("王毅说，不久前习近平同特朗普举行会晤" is Xi and
    // Trump); only a clause with nobody named borrows from the ones before it.
    const verbClause = Math.max(...['，', ',', '；', ';', '：', ':'].map((p) => text.lastIndexOf(p, trigger.index - 1) + 1), 0);
    // "在土耳其外长恰武什奥卢参与下，…举行会晤": a party named in a 参与下/主持下 phrase takes part too.
    const hosted = [...text.slice(0, trigger.index).matchAll(TAKING_PART)].map((m) => [m.index, m.index + m[0].length] as const);
    const inClause = candidates.filter((m) => m.start >= verbClause || hosted.some(([from, to]) => m.start >= from && m.end <= to));
    const before = inClause.length > 0 ? inClause : candidates;
    const after = mentions.filter((m) => m.start >= verbEnd && m.end <= clauseEnd && isParticipant(text, m));
    // Names side by side with no 同/与/和/、 between them are a headline, not a report ("习近平布林肯会面").
    if (after.length === 0 && before.length >= 2 && before.some((m, i) => i > 0 && !JOINED.test(text.slice(before[i - 1]!.end, m.start)))) return;
    const firstSubject = before[0]?.start ?? trigger.index;
    const clauseStart = Math.max(...[',', '，', '；', ';', '：', ':'].map((p) => text.lastIndexOf(p, firstSubject - 1) + 1), 0);
    if (MODAL_BEFORE.test(text.slice(clauseStart, trigger.index)) || MODAL_AFTER.test(text.slice(verbEnd))) return;
    for (const m of after) used.add(m);
    const subjects = before.length > 0 ? before : found[found.length - 1]?.participants.slice(0, 1) ?? [];
    const participants = [...subjects, ...after];
    const needsSubject = subjects.length === 0 && after.length > 0 && TRANSITIVE.test(trigger[0]);
    if (participants.length < 2 && !needsSubject) return;
    found.push({ sentence, kind: kindOf(trigger[0]), at: trigger.index, participants, needsSubject });
  });
  return found;
}
