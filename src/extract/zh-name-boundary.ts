/**
 * Words and marks that end a name read after a title ("外长库列巴和…", "外相茂木敏充通电话"):
 * punctuation, prepositions, conjunctions, particles and the verbs of meeting reports.
 */
export const ZH_NAME_BOUNDARY =
  /[\s,，。、;；:：!！?？“”"'‘’()（）《》【】[\]\d０-９]|昨|上周|本周|周[一二三四五六日]|来访|来华|到访|在|同|与|和|及|于|就|并|的|时|等|说|向|对|将|也|已|曾|还|则|为|是|举行|会见|会晤|会谈|接见|拜会|晋见|接待|迎接|宴请|会面|见面|通电话|通话|应约|应邀|表示|指出|强调|出席|进行|一行|率团|共同|分别|抵达|访问|访华|举办|主持|宣布|致电|致信|介绍|谈到|称|认为|当天|当日|今天|日前|近日|此前|随后|一道|一起|视频|电话|上午|下午|晚上|晚|今年|去年|也是|先生|女士|阁下|夫妇|后|前往|发表|签署|答|回答|参加|参与|陪同|见证|斡旋|通过|以/;

/** The index in `text` from `from` on where a name stops, or the text's end. */
export function nameEnd(text: string, from: number, max: number): number {
  const rest = text.slice(from, from + max + 1);
  const hit = ZH_NAME_BOUNDARY.exec(rest);
  return from + (hit ? hit.index : rest.length);
}
