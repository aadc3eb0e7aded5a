import type { MeetingKind } from './article-triples.ts';
import { explained, type Explain } from './explain.ts';
import type { MeetingCandidate } from './meeting-candidate.ts';
import type { Mention } from './mention.ts';
import { findChairedMeeting } from './find-chaired-meeting.ts';
import type { CompiledVocabulary, FrameMatch } from './vocabulary/compile-vocabulary.ts';

/** Where the parties of a 参与下/主持下 phrase stand: 在土耳其外长恰武什奥卢参与下，… */
const TAKING_PART = /在[^，,。；]{1,30}?(?:的)?(?:参与|主持|斡旋|见证)下/g;
/** Companions of the subject, and the one a subject accompanies, not parties: 在吴钊燮、林佳龙陪同下，接见…; 陪同习近平出席峰会的王毅… */
const ACCOMPANYING = /在[^，,。；]{1,40}?陪同下|陪同[^，,。；]{1,30}?的/g;
/** The verb's agents follow 获/受到 (李家超获习近平、李克强接见): its subject is the guest. */
const PASSIVE = /(?:获得|获(?!悉)|受到|得到)(?=[^，,。；]{0,20}$)/;
/** A summit attended (出席金砖国家领导人会晤): an event, not a meeting between the people named. */
const ATTENDED_EVENT = /(?:出席|参加|列席)(?![^，,。；]*(?:期间|之际|时|后|并|同|与|和))[^，,。；]{0,20}$/;
/** A side clause of cause (因即将启程出席峰会，…): its plans are not the meeting's. */
const CAUSE = /^(?:因为|因|由于)/;
/** What joins two parties before the verb: 同, 与, 和, 跟, 及, 、, or a clause break between them. */
const JOINED = /同|与|和|跟|及|、|，|,|；/;
const CLAUSE_MARKS = ['，', ',', '；', ';', '：', ':'];
/** A clause that opens with its partner (，与拉夫罗夫举行会谈; ，随后同…会晤) has its subject in the clause before. */
const OPENS_WITH_PARTNER = /^\s*(?:随后|并|还|又|也|再|即|旋即|当天|当日|同日)?(?:同|与|和|跟)(?!此|会|其他)/;
/** The clause names its partner first, after only when and where (当地时间周一在巴黎与法国总统马克龙会晤) or a stand-in subject (他与…). */
/** The meeting as a time phrase (塞西在会面时强调, 会谈中…): its one named side met the report's protagonist. */
const DURING = /^(?:时|中|期间|后)/;
/** A meeting named by what it reached: …会晤时达成的共识, …通话中达成的重要共识. */
const CONSENSUS_REACHED = /^(?:时|中|期间)?(?:所)?达成(?:的|了)/;
/** The verbs that carry such a phrase out (落实, 贯彻): the phrase starts after them. */
const CARRIED_OUT = /落实好?|贯彻|践行|遵循|按照|根据|执行|推动落实/g;
const LEADS_TO_PARTNER = /(?:同|与|跟)(?!此|会|其他)[^，,。；、同与跟和]{0,16}$/;

/**
 * Whether the verb's other side is a pronoun or a title alone: right after the verb (接见了他) or
 * after 同/与 before it (同这位埃及总统举行会谈).
 */
function standsInAsObject(vocab: CompiledVocabulary, text: string, subjectEnd: number, verbAt: number, verbEnd: number): boolean {
  const afterVerb = /^了?/.exec(text.slice(verbEnd))?.[0].length ?? 0;
  if (vocab.standInObjects.startsWith(text.slice(verbEnd + afterVerb), 0)) return true;
  const between = text.slice(subjectEnd, verbAt);
  const found = vocab.standInObjects.find(between);
  return found !== null && /(?:同|与|和|跟)$/.test(between.slice(0, found.index));
}

/**
 * 的会谈在克里姆林宫举行: a meeting named by its sides (A同B的会谈) and said to have been held.
 * Asked about, awaited or uncertain (的会晤是否举行, 时间尚未确定), it is no report.
 */
const HELD = /^[^，,。；;？?]{0,20}?(?:举行|进行|登场|展开|开始|结束|持续)/;
const NOT_YET = /是否|尚未|未|将|拟|计划|有望|可能|会否|能否/;
function heldAsNamed(vocab: CompiledVocabulary, rest: string): boolean {
  const frame = vocab.frames(rest)[0];
  if (frame?.index !== 0) return false;
  const held = HELD.exec(rest.slice(frame.length));
  return held !== null && !NOT_YET.test(held[0]) && vocab.modalityBefore.find(held[0]) === null;
}

function clauseStartBefore(text: string, at: number): number {
  return Math.max(...CLAUSE_MARKS.map((p) => text.lastIndexOf(p, at - 1) + 1), 0);
}

/**
 * Meetings a simplified Chinese sentence states: A会见B, A同B举行会谈, A应约同B通电话, A同B
 * 视频会晤, A分别会见B、C (a meeting with each), A主持…会议，B、C出席 (one multilateral
 * meeting; the attendees may stand in the next sentence). Subjects are the people before the
 * verb, objects those after it up to the clause's end. Plans, hopes, denials and cancellations
 * are dropped, as is 共同会见记者.
 */
export function findChineseMeetings(vocab: CompiledVocabulary, text: string, mentions: readonly Mention[], sentence: number, next: { readonly text: string; readonly mentions: readonly Mention[] } | null, explain?: Explain): MeetingCandidate[] {
  const found: MeetingCandidate[] = [];
  const drop = (frame: FrameMatch | null, kind: MeetingKind | null, people: readonly Mention[], reason: string): void =>
    explain?.({ sentence, text, frame: frame?.cue ?? null, kind, participants: explained(people), verdict: 'dropped', reason });
  const isParticipant = (mention: Mention): boolean => {
    const from = Math.max(0, mention.start - 12);
    const before = text.slice(from, mention.start);
    const beforeCue = vocab.notParticipantBefore.find(before);
    // The cue is about the next name only: in 发言人毛宁证实王毅…, 毛宁 is the spokesperson (named
    // or not), 王毅 a party.
    const cueEnd = from + (beforeCue ? beforeCue.index + beforeCue.length : 0);
    const nearest = !mentions.some((o) => o !== mention && o.start >= cueEnd && o.end <= mention.start) && !vocab.speech.find(text.slice(cueEnd, mention.start));
    // 驻日代表李逸洋: the cue is the name's own title, not "on behalf of" (代表习近平).
    const ownTitle = beforeCue !== null && cueEnd === mention.start && mention.title !== null && mention.title.endsWith(before.slice(beforeCue.index, beforeCue.index + beforeCue.length));
    if (beforeCue && !ownTitle && nearest && !/[,，。]/.test(before.slice(beforeCue.index)) && before.length - beforeCue.index - beforeCue.length <= 8) return false;
    // 普京的特使, 习近平主席的特使: the cue right after the name or after its title, not after
    // a clause of its own (王毅抵达莫斯科的…招待所).
    const rest = text.slice(mention.end, mention.end + 10);
    const after = vocab.notParticipantAfter.startsWith(rest, 6);
    const gap = after ? rest.slice(0, after.index) : '';
    // 莫迪同普京的会谈: the possessive of a meeting names its side.
    const ofMeeting = after !== null && rest.slice(after.index).startsWith('的') && heldAsNamed(vocab, text.slice(mention.end + after.index + 1));
    return !after || ofMeeting || !(gap === '' || vocab.titles.includes(gap));
  };
  const frames = vocab.frames(text).filter((frame) => {
    const press = vocab.notMeetingAfter.startsWith(text.slice(frame.index + frame.length), 3);
    if (press) drop(frame, null, [], `not a meeting between people: ${frame.cue}${press.cue}`);
    const event = !press && frame.kind !== 'multilateral' ? ATTENDED_EVENT.exec(text.slice(clauseStartBefore(text, frame.index), frame.index)) : null;
    const eventAt = event ? frame.index - event[0].length : -1;
    const attended = event !== null && !mentions.some((m) => m.start >= eventAt && m.end <= frame.index);
    if (attended) drop(frame, null, [], `an event attended, not a meeting between people: ${event[0]}${frame.cue}`);
    return !press && !attended;
  });
  const companions = [...text.matchAll(ACCOMPANYING)].map((m) => [m.index, m.index + m[0].length] as const);
  const isCompanion = (m: Mention): boolean => companions.some(([from, to]) => m.start >= from && m.end <= to);
  const chaired = findChairedMeeting(vocab, text, mentions, sentence, next);
  if (chaired) found.push(chaired);
  const used = new Set<Mention>();
  frames.forEach((frame, k) => {
    const verbEnd = frame.index + frame.length;
    const nextFrame = frames[k + 1]?.index ?? text.length;
    const clauseEnd = Math.min(nextFrame, ...['，', ',', '。', '；', ';'].map((p) => text.indexOf(p, verbEnd)).filter((i) => i >= 0));
    const candidates = mentions.filter((m) => m.end <= frame.index && !used.has(m) && isParticipant(m) && !isCompanion(m));
    // Subjects stand in the verb's own clause ("王毅说，不久前习近平同特朗普举行会晤" is Xi and
    // Trump); only a clause with nobody named borrows from the ones before it.
    const verbClause = clauseStartBefore(text, frame.index);
    const hosted = [...text.slice(0, frame.index).matchAll(TAKING_PART)].map((m) => [m.index, m.index + m[0].length] as const);
    const inClause = candidates.filter((m) => m.start >= verbClause || hosted.some(([from, to]) => m.start >= from && m.end <= to));
    // "王毅抵达莫斯科，与拉夫罗夫举行会谈": the clause names only the partner; the subject is the
    // last one named before it, or, where the clause's subject is a pronoun or a title alone
    // (他与王毅通电话), the report's protagonist.
    const lead = text.slice(verbClause, inClause[0]?.start ?? verbClause);
    const partnerFirst = inClause.length > 0 && (OPENS_WITH_PARTNER.test(lead) || LEADS_TO_PARTNER.test(lead));
    // 他 is the one named before its clause in the sentence (习近平抵达莫斯科，他与普京…), else the
    // protagonist; the clause before is about its first named, its subject (特朗普接待泽连斯基，随后与…).
    const lastBefore = candidates.filter((m) => m.end <= verbClause).at(-1);
    const previousClause = lastBefore ? clauseStartBefore(text, lastBefore.start) : verbClause;
    const earlier = candidates.filter((m) => m.start >= previousClause && m.end <= verbClause).slice(0, 1);
    const standIn = partnerFirst && earlier.length === 0 && vocab.standInSubjects.startsWith(lead, 2) !== null;
    const borrowed = partnerFirst && !standIn ? earlier : [];
    // 落实习近平主席同普京总统会晤达成的共识: a meeting named by the consensus it reached took
    // place; its sides are the ones inside that phrase, and what the clause hopes for is not its hedge.
    const reached = CONSENSUS_REACHED.test(text.slice(verbEnd));
    const phraseStart = reached ? Math.max(verbClause, ...[...text.slice(0, frame.index).matchAll(CARRIED_OUT)].map((m) => m.index + m[0].length)) : verbClause;
    const before = reached ? inClause.filter((m) => m.start >= phraseStart) : inClause.length > 0 ? [...borrowed, ...inClause] : candidates;
    const after = mentions.filter((m) => m.start >= verbEnd && m.end <= clauseEnd && isParticipant(m));
    // Names side by side with no 同/与/和/、 between them are a headline, not a report ("习近平布林肯会面").
    if (after.length === 0 && before.length >= 2 && before.some((m, i) => i > 0 && !JOINED.test(text.slice(before[i - 1]!.end, m.start)))) {
      drop(frame, frame.kind, before, 'names side by side with nothing joining them: a headline list');
      return;
    }
    const firstSubject = before[0]?.start ?? frame.index;
    const clauseStart = clauseStartBefore(text, firstSubject);
    const leading = text
      .slice(clauseStart, frame.index)
      .split(/[，,]/)
      .filter((clause, i) => i === 0 || !CAUSE.test(clause))
      .join('，');
    const hedge = reached ? null : (vocab.modalityBefore.find(leading) ?? vocab.modalityAfter.startsWith(text.slice(verbEnd), 14));
    if (hedge) {
      drop(frame, frame.kind, [...before, ...after], `not stated as having happened: ${hedge.cue}`);
      return;
    }
    for (const m of after) used.add(m);
    const subjects = before.length > 0 ? before : (found[found.length - 1]?.participants.slice(0, 1) ?? []);
    const named = [...subjects, ...after];
    const refersToPair = named.length < 2 && vocab.pairReferences.find(text.slice(verbClause, frame.index)) !== null;
    // 秦刚访问埃及，塞西在会面时强调: the other side is the one named in the clause before, else the protagonist.
    const during = !refersToPair && named.length === 1 && DURING.test(text.slice(verbEnd));
    const visitor = during ? candidates.filter((m) => m.end <= verbClause && !named.includes(m)).slice(-1) : [];
    const participants = [...visitor, ...named];
    // 接见了他, 同这位埃及总统举行会谈: the other side is the one the report is about.
    const objectStandsIn = !refersToPair && !during && named.length === 1 && after.length === 0 && standsInAsObject(vocab, text, named[0]!.end, frame.index, verbEnd);
    const needsSubject = standIn || objectStandsIn || (during && visitor.length === 0) || (!refersToPair && subjects.length === 0 && after.length > 0 && frame.transitive);
    // 两人上次见面是去年，两人在…举行会谈: for a pair referred to, the whole sentence before says when.
    const recalled = reached || vocab.recalled.find(text.slice(refersToPair ? 0 : clauseStartBefore(text, firstSubject), clauseEnd)) !== null;
    const base = { sentence, kind: frame.kind, frame: frame.cue, at: frame.index, needsSubject, objectStandsIn, refersToPair, recalled, video: frame.video };
    if (participants.length < 2 && !needsSubject && !refersToPair) {
      drop(frame, frame.kind, participants, 'fewer than two named people');
      return;
    }
    const together = vocab.together.find(text.slice(clauseStart, clauseEnd));
    const separately = vocab.separately.find(text.slice(clauseStart, clauseEnd));
    // 李家超获习近平、李克强接见: the guest meets each of the agents after 获.
    const passive = PASSIVE.exec(text.slice(verbClause, inClause[0]?.start ?? frame.index));
    if (passive && !together && inClause.length > 0) {
      const markerEnd = verbClause + passive.index + passive[0].length;
      const agents = inClause.filter((m) => m.start >= markerEnd);
      const guests = [...borrowed, ...inClause.filter((m) => m.end <= markerEnd)];
      const guest = guests.at(-1) ?? candidates.filter((m) => m.end <= verbClause).at(-1);
      if (agents.length > 0) {
        if (!guest && agents.length > 1) return drop(frame, frame.kind, agents, 'the guest the agents after 获 received is not named');
        for (const agent of agents) found.push({ ...base, participants: guest ? [guest, agent] : [agent], needsSubject: !guest });
        return;
      }
    }
    // 分别会见A、B / 先后与A及B会面, and a call among three that no 三方 makes one: a meeting with each.
    const each = !together && participants.length >= 3 && (separately !== null || frame.kind === 'phone_call');
    if (each) {
      const [subject, ...others] = participants;
      for (const other of others) found.push({ ...base, participants: [subject!, other] });
      return;
    }
    found.push({ ...base, participants });
  });
  return found;
}
