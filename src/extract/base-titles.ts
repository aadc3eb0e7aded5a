/**
 * Title words of the languages themselves, not of any knowledge base entry: they let the
 * extractor find people the knowledge base does not know ("德国总统施泰因迈尔"). The knowledge
 * base's titles are added to these.
 */
export const BASE_ZH_TITLES: readonly string[] = [
  '国家主席', '主席', '总统', '副总统', '当选总统', '总理', '副总理', '首相', '副首相', '外长', '外交部长', '外交部部长', '外交大臣',
  '外相', '国务卿', '副国务卿', '常务副国务卿', '国务委员', '部长', '大臣', '秘书长', '副秘书长', '国王', '女王', '王储', '亲王', '王子',
  '议长', '特使', '特别代表', '大使', '总督', '苏丹', '埃米尔', '总书记', '委员长', '国防部长', '防长', '财长', '财政部长', '商务部长',
  '首席部长', '高级代表', '总干事', '外交秘书', '外交国务秘书', '领导人', '前总理', '前总统', '前首相', '前国务卿', '主任', '顾问',
  '国家安全顾问', '国家安全事务助理', '助理', '联大主席', '执行主任', '署长', '总裁', '行长', '副主席', '参议员', '众议员', '州长',
];

export const BASE_EN_TITLES: readonly string[] = [
  'President', 'Vice President', 'President-elect', 'Prime Minister', 'Deputy Prime Minister', 'Premier', 'Vice Premier', 'Chancellor',
  'Foreign Minister', 'External Affairs Minister', 'Minister of External Affairs', 'Minister of Foreign Affairs', 'Foreign Affairs Minister',
  'Defence Minister', 'Defense Minister', 'Finance Minister', 'Trade Minister', 'Minister', 'Secretary of State', 'Deputy Secretary of State',
  'Secretary-General', 'Secretary General', 'UN Secretary-General', 'Foreign Secretary', 'Secretary', 'King', 'Queen', 'Crown Prince',
  'Prince', 'Emir', 'Sultan', 'Ambassador', 'Special Envoy', 'Envoy', 'Speaker', 'Chairman', 'Chairperson', 'Director-General',
  'Director General', 'Administrator', 'National Security Adviser', 'National Security Advisor', 'Senator', 'Governor', 'PM', 'FM',
  'EAM', 'counterpart', 'Leader', 'Supreme Leader', 'General Assembly President', 'President of the General Assembly', 'Chief Executive',
  'former Prime Minister', 'former President', 'top diplomat',
];
