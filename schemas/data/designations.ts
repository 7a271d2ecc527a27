// 政令指定都市, 中核市 and 県庁所在地, each with the date it took effect. Hand-written.
// Source: 総務省「指定都市一覧」「中核市・施行時特例市一覧」(指定都市・中核市一覧), as of 2024-10-01:
// 20 指定都市, 62 中核市. 県庁所在地: 総務省 / 国土地理院 都道府県庁所在地.
// Codes are today's 全国地方公共団体コード (a city's code changes when it becomes a 政令市, so former
// 中核市 that are now 政令市 carry their present code).
//
// designatedOn for a 県庁所在地 is a date by which the present 団体 surely was the capital:
// 1947-05-03 (地方自治法 施行) for a city that has existed since then; the founding date of a city
// created by 新設合併 (さいたま, 静岡, 青森, 富山, 松江, 山口, 佐賀, 津, 大分, 長野); 1972-05-15
// (沖縄の本土復帰) for 那覇市; 1991-04-01 (都庁舎の新宿移転) for 新宿区. All lie before the fiscal years
// the measures cover, so none of them changes an answer.

export interface Designation {
  code: string;
  name: string;
  /** First day the designation is in effect (ISO). */
  designatedOn: string;
  /** First day it no longer is (ISO), e.g. a 中核市 that became a 政令市. */
  until?: string;
}

export interface CapitalDesignation extends Designation {
  prefecture: string;
}

export const designationsSource = {
  source: '総務省「指定都市・中核市一覧」、都道府県庁所在地',
  asOf: '2024-10-01',
} as const;

export const seireiShiteiToshi: readonly Designation[] = [
  { code: '271004', name: '大阪市', designatedOn: '1956-09-01' },
  { code: '231002', name: '名古屋市', designatedOn: '1956-09-01' },
  { code: '261009', name: '京都市', designatedOn: '1956-09-01' },
  { code: '141003', name: '横浜市', designatedOn: '1956-09-01' },
  { code: '281000', name: '神戸市', designatedOn: '1956-09-01' },
  { code: '401005', name: '北九州市', designatedOn: '1963-04-01' },
  { code: '011002', name: '札幌市', designatedOn: '1972-04-01' },
  { code: '141305', name: '川崎市', designatedOn: '1972-04-01' },
  { code: '401307', name: '福岡市', designatedOn: '1972-04-01' },
  { code: '341002', name: '広島市', designatedOn: '1980-04-01' },
  { code: '041009', name: '仙台市', designatedOn: '1989-04-01' },
  { code: '121002', name: '千葉市', designatedOn: '1992-04-01' },
  { code: '111007', name: 'さいたま市', designatedOn: '2003-04-01' },
  { code: '221007', name: '静岡市', designatedOn: '2005-04-01' },
  { code: '271403', name: '堺市', designatedOn: '2006-04-01' },
  { code: '151009', name: '新潟市', designatedOn: '2007-04-01' },
  { code: '221309', name: '浜松市', designatedOn: '2007-04-01' },
  { code: '331007', name: '岡山市', designatedOn: '2009-04-01' },
  { code: '141500', name: '相模原市', designatedOn: '2010-04-01' },
  { code: '431001', name: '熊本市', designatedOn: '2012-04-01' },
];

export const chukakuShi: readonly Designation[] = [
  // Former 中核市, now 政令市: the 中核市 designation ended when the 政令市 one began.
  { code: '151009', name: '新潟市', designatedOn: '1996-04-01', until: '2007-04-01' },
  { code: '221007', name: '静岡市', designatedOn: '1996-04-01', until: '2005-04-01' },
  { code: '221309', name: '浜松市', designatedOn: '1996-04-01', until: '2007-04-01' },
  { code: '271403', name: '堺市', designatedOn: '1996-04-01', until: '2006-04-01' },
  { code: '331007', name: '岡山市', designatedOn: '1996-04-01', until: '2009-04-01' },
  { code: '431001', name: '熊本市', designatedOn: '1996-04-01', until: '2012-04-01' },
  { code: '141500', name: '相模原市', designatedOn: '2003-04-01', until: '2010-04-01' },
  // 中核市 in 2024.
  { code: '012025', name: '函館市', designatedOn: '2005-10-01' },
  { code: '012041', name: '旭川市', designatedOn: '2000-04-01' },
  { code: '022012', name: '青森市', designatedOn: '2006-10-01' },
  { code: '022039', name: '八戸市', designatedOn: '2017-01-01' },
  { code: '032018', name: '盛岡市', designatedOn: '2008-04-01' },
  { code: '052019', name: '秋田市', designatedOn: '1997-04-01' },
  { code: '062014', name: '山形市', designatedOn: '2019-04-01' },
  { code: '072010', name: '福島市', designatedOn: '2018-04-01' },
  { code: '072036', name: '郡山市', designatedOn: '1997-04-01' },
  { code: '072044', name: 'いわき市', designatedOn: '1999-04-01' },
  { code: '082015', name: '水戸市', designatedOn: '2020-04-01' },
  { code: '092011', name: '宇都宮市', designatedOn: '1996-04-01' },
  { code: '102016', name: '前橋市', designatedOn: '2009-04-01' },
  { code: '102024', name: '高崎市', designatedOn: '2011-04-01' },
  { code: '112011', name: '川越市', designatedOn: '2003-04-01' },
  { code: '112224', name: '越谷市', designatedOn: '2015-04-01' },
  { code: '112038', name: '川口市', designatedOn: '2018-04-01' },
  { code: '122041', name: '船橋市', designatedOn: '2003-04-01' },
  { code: '122173', name: '柏市', designatedOn: '2008-04-01' },
  { code: '132012', name: '八王子市', designatedOn: '2015-04-01' },
  { code: '142018', name: '横須賀市', designatedOn: '2001-04-01' },
  { code: '162019', name: '富山市', designatedOn: '1996-04-01' },
  { code: '172014', name: '金沢市', designatedOn: '1996-04-01' },
  { code: '182010', name: '福井市', designatedOn: '2019-04-01' },
  { code: '192015', name: '甲府市', designatedOn: '2019-04-01' },
  { code: '202011', name: '長野市', designatedOn: '1999-04-01' },
  { code: '202029', name: '松本市', designatedOn: '2021-04-01' },
  { code: '212016', name: '岐阜市', designatedOn: '1996-04-01' },
  { code: '232017', name: '豊橋市', designatedOn: '1999-04-01' },
  { code: '232025', name: '岡崎市', designatedOn: '2003-04-01' },
  { code: '232114', name: '豊田市', designatedOn: '1998-04-01' },
  { code: '232033', name: '一宮市', designatedOn: '2021-04-01' },
  { code: '252018', name: '大津市', designatedOn: '2009-04-01' },
  { code: '272078', name: '高槻市', designatedOn: '2003-04-01' },
  { code: '272272', name: '東大阪市', designatedOn: '2005-04-01' },
  { code: '272035', name: '豊中市', designatedOn: '2012-04-01' },
  { code: '272108', name: '枚方市', designatedOn: '2014-04-01' },
  { code: '272124', name: '八尾市', designatedOn: '2018-04-01' },
  { code: '272159', name: '寝屋川市', designatedOn: '2019-04-01' },
  { code: '272051', name: '吹田市', designatedOn: '2020-04-01' },
  { code: '282014', name: '姫路市', designatedOn: '1996-04-01' },
  { code: '282022', name: '尼崎市', designatedOn: '2009-04-01' },
  { code: '282049', name: '西宮市', designatedOn: '2008-04-01' },
  { code: '282031', name: '明石市', designatedOn: '2018-04-01' },
  { code: '292010', name: '奈良市', designatedOn: '2002-04-01' },
  { code: '302015', name: '和歌山市', designatedOn: '1997-04-01' },
  { code: '312011', name: '鳥取市', designatedOn: '2018-04-01' },
  { code: '322016', name: '松江市', designatedOn: '2018-04-01' },
  { code: '332020', name: '倉敷市', designatedOn: '2002-04-01' },
  { code: '342025', name: '呉市', designatedOn: '2016-04-01' },
  { code: '342076', name: '福山市', designatedOn: '1998-04-01' },
  { code: '352012', name: '下関市', designatedOn: '2005-10-01' },
  { code: '372013', name: '高松市', designatedOn: '1999-04-01' },
  { code: '382019', name: '松山市', designatedOn: '2000-04-01' },
  { code: '392014', name: '高知市', designatedOn: '1998-04-01' },
  { code: '402036', name: '久留米市', designatedOn: '2008-04-01' },
  { code: '422011', name: '長崎市', designatedOn: '1997-04-01' },
  { code: '422029', name: '佐世保市', designatedOn: '2016-04-01' },
  { code: '442011', name: '大分市', designatedOn: '1997-04-01' },
  { code: '452017', name: '宮崎市', designatedOn: '1998-04-01' },
  { code: '462012', name: '鹿児島市', designatedOn: '1996-04-01' },
  { code: '472018', name: '那覇市', designatedOn: '2013-04-01' },
];

const sinceLocalAutonomyAct = '1947-05-03';

export const kenchoShozaichi: readonly CapitalDesignation[] = [
  { code: '011002', name: '札幌市', prefecture: '北海道', designatedOn: sinceLocalAutonomyAct },
  { code: '022012', name: '青森市', prefecture: '青森県', designatedOn: '2005-04-01' },
  { code: '032018', name: '盛岡市', prefecture: '岩手県', designatedOn: sinceLocalAutonomyAct },
  { code: '041009', name: '仙台市', prefecture: '宮城県', designatedOn: sinceLocalAutonomyAct },
  { code: '052019', name: '秋田市', prefecture: '秋田県', designatedOn: sinceLocalAutonomyAct },
  { code: '062014', name: '山形市', prefecture: '山形県', designatedOn: sinceLocalAutonomyAct },
  { code: '072010', name: '福島市', prefecture: '福島県', designatedOn: sinceLocalAutonomyAct },
  { code: '082015', name: '水戸市', prefecture: '茨城県', designatedOn: sinceLocalAutonomyAct },
  { code: '092011', name: '宇都宮市', prefecture: '栃木県', designatedOn: sinceLocalAutonomyAct },
  { code: '102016', name: '前橋市', prefecture: '群馬県', designatedOn: sinceLocalAutonomyAct },
  { code: '111007', name: 'さいたま市', prefecture: '埼玉県', designatedOn: '2001-05-01' },
  { code: '121002', name: '千葉市', prefecture: '千葉県', designatedOn: sinceLocalAutonomyAct },
  { code: '131041', name: '新宿区', prefecture: '東京都', designatedOn: '1991-04-01' },
  { code: '141003', name: '横浜市', prefecture: '神奈川県', designatedOn: sinceLocalAutonomyAct },
  { code: '151009', name: '新潟市', prefecture: '新潟県', designatedOn: sinceLocalAutonomyAct },
  { code: '162019', name: '富山市', prefecture: '富山県', designatedOn: '2005-04-01' },
  { code: '172014', name: '金沢市', prefecture: '石川県', designatedOn: sinceLocalAutonomyAct },
  { code: '182010', name: '福井市', prefecture: '福井県', designatedOn: sinceLocalAutonomyAct },
  { code: '192015', name: '甲府市', prefecture: '山梨県', designatedOn: sinceLocalAutonomyAct },
  { code: '202011', name: '長野市', prefecture: '長野県', designatedOn: '1966-10-16' },
  { code: '212016', name: '岐阜市', prefecture: '岐阜県', designatedOn: sinceLocalAutonomyAct },
  { code: '221007', name: '静岡市', prefecture: '静岡県', designatedOn: '2003-04-01' },
  { code: '231002', name: '名古屋市', prefecture: '愛知県', designatedOn: sinceLocalAutonomyAct },
  { code: '242012', name: '津市', prefecture: '三重県', designatedOn: '2006-01-01' },
  { code: '252018', name: '大津市', prefecture: '滋賀県', designatedOn: sinceLocalAutonomyAct },
  { code: '261009', name: '京都市', prefecture: '京都府', designatedOn: sinceLocalAutonomyAct },
  { code: '271004', name: '大阪市', prefecture: '大阪府', designatedOn: sinceLocalAutonomyAct },
  { code: '281000', name: '神戸市', prefecture: '兵庫県', designatedOn: sinceLocalAutonomyAct },
  { code: '292010', name: '奈良市', prefecture: '奈良県', designatedOn: sinceLocalAutonomyAct },
  { code: '302015', name: '和歌山市', prefecture: '和歌山県', designatedOn: sinceLocalAutonomyAct },
  { code: '312011', name: '鳥取市', prefecture: '鳥取県', designatedOn: sinceLocalAutonomyAct },
  { code: '322016', name: '松江市', prefecture: '島根県', designatedOn: '2005-03-31' },
  { code: '331007', name: '岡山市', prefecture: '岡山県', designatedOn: sinceLocalAutonomyAct },
  { code: '341002', name: '広島市', prefecture: '広島県', designatedOn: sinceLocalAutonomyAct },
  { code: '352039', name: '山口市', prefecture: '山口県', designatedOn: '2005-10-01' },
  { code: '362018', name: '徳島市', prefecture: '徳島県', designatedOn: sinceLocalAutonomyAct },
  { code: '372013', name: '高松市', prefecture: '香川県', designatedOn: sinceLocalAutonomyAct },
  { code: '382019', name: '松山市', prefecture: '愛媛県', designatedOn: sinceLocalAutonomyAct },
  { code: '392014', name: '高知市', prefecture: '高知県', designatedOn: sinceLocalAutonomyAct },
  { code: '401307', name: '福岡市', prefecture: '福岡県', designatedOn: sinceLocalAutonomyAct },
  { code: '412015', name: '佐賀市', prefecture: '佐賀県', designatedOn: '2005-10-01' },
  { code: '422011', name: '長崎市', prefecture: '長崎県', designatedOn: sinceLocalAutonomyAct },
  { code: '431001', name: '熊本市', prefecture: '熊本県', designatedOn: sinceLocalAutonomyAct },
  { code: '442011', name: '大分市', prefecture: '大分県', designatedOn: '1963-03-10' },
  { code: '452017', name: '宮崎市', prefecture: '宮崎県', designatedOn: sinceLocalAutonomyAct },
  { code: '462012', name: '鹿児島市', prefecture: '鹿児島県', designatedOn: sinceLocalAutonomyAct },
  { code: '472018', name: '那覇市', prefecture: '沖縄県', designatedOn: '1972-05-15' },
];
