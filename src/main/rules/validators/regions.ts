// Administrative division codes (GB/T 2260) needed by the validators and by test-data generators.
//
// Province level: every code a resident ID may start with (FACTS §4), with the plate abbreviation
// used by GA 36-2018. Taiwan (71), Hong Kong (81) and Macao (82) are valid ID prefixes but issue
// no mainland plates (Hong Kong / Macao cross-border vehicles carry 粤Z…港/澳 plates), so they have
// no plate abbreviation.
//
// County level: a modest table of real district/county codes (checked against the current
// GB/T 2260 list), three to six per mainland province, so that generated IDs and addresses look
// plausible. It is NOT a complete list and must not be used to reject IDs: people keep ID numbers
// issued under codes that have since been abolished or renumbered (e.g. 110103 崇文区).

export interface Province {
  /** Two-digit province-level code, e.g. "35". */
  code: string
  name: string
  /** Plate abbreviation (号牌省份简称); absent for 71/81/82. */
  plateAbbr?: string
  /** Municipalities directly under the central government have no prefecture level in addresses. */
  municipality: boolean
}

export interface Region {
  /** Six-digit county-level code, e.g. "350502". */
  code: string
  /** Prefecture-level city; empty for districts of a municipality. */
  city: string
  /** District or county name. */
  name: string
}

function p(code: string, name: string, plateAbbr?: string, municipality = false): Province {
  return plateAbbr === undefined ? { code, name, municipality } : { code, name, plateAbbr, municipality }
}

export const PROVINCES: readonly Province[] = [
  p('11', '北京市', '京', true),
  p('12', '天津市', '津', true),
  p('13', '河北省', '冀'),
  p('14', '山西省', '晋'),
  p('15', '内蒙古自治区', '蒙'),
  p('21', '辽宁省', '辽'),
  p('22', '吉林省', '吉'),
  p('23', '黑龙江省', '黑'),
  p('31', '上海市', '沪', true),
  p('32', '江苏省', '苏'),
  p('33', '浙江省', '浙'),
  p('34', '安徽省', '皖'),
  p('35', '福建省', '闽'),
  p('36', '江西省', '赣'),
  p('37', '山东省', '鲁'),
  p('41', '河南省', '豫'),
  p('42', '湖北省', '鄂'),
  p('43', '湖南省', '湘'),
  p('44', '广东省', '粤'),
  p('45', '广西壮族自治区', '桂'),
  p('46', '海南省', '琼'),
  p('50', '重庆市', '渝', true),
  p('51', '四川省', '川'),
  p('52', '贵州省', '贵'),
  p('53', '云南省', '云'),
  p('54', '西藏自治区', '藏'),
  p('61', '陕西省', '陕'),
  p('62', '甘肃省', '甘'),
  p('63', '青海省', '青'),
  p('64', '宁夏回族自治区', '宁'),
  p('65', '新疆维吾尔自治区', '新'),
  p('71', '台湾省'),
  p('81', '香港特别行政区'),
  p('82', '澳门特别行政区')
]

/** The 31 mainland plate abbreviations, in table order. */
export const PLATE_PROVINCE_ABBRS: readonly string[] = PROVINCES.flatMap((prov) =>
  prov.plateAbbr === undefined ? [] : [prov.plateAbbr]
)

const provinceByCode = new Map(PROVINCES.map((prov) => [prov.code, prov]))
const provinceByAbbr = new Map(
  PROVINCES.flatMap((prov) => (prov.plateAbbr === undefined ? [] : [[prov.plateAbbr, prov] as const]))
)

export function findProvince(code2: string): Province | undefined {
  return provinceByCode.get(code2)
}

export function isProvinceCode(code2: string): boolean {
  return provinceByCode.has(code2)
}

export function findProvinceByPlateAbbr(abbr: string): Province | undefined {
  return provinceByAbbr.get(abbr)
}

function r(code: string, city: string, name: string): Region {
  return { code, city, name }
}

export const REGIONS: readonly Region[] = [
  r('110101', '', '东城区'),
  r('110102', '', '西城区'),
  r('110105', '', '朝阳区'),
  r('110108', '', '海淀区'),
  r('120101', '', '和平区'),
  r('120102', '', '河东区'),
  r('120103', '', '河西区'),
  r('120104', '', '南开区'),
  r('130102', '石家庄市', '长安区'),
  r('130104', '石家庄市', '桥西区'),
  r('130202', '唐山市', '路南区'),
  r('130302', '秦皇岛市', '海港区'),
  r('140105', '太原市', '小店区'),
  r('140106', '太原市', '迎泽区'),
  r('140107', '太原市', '杏花岭区'),
  r('150102', '呼和浩特市', '新城区'),
  r('150103', '呼和浩特市', '回民区'),
  r('150105', '呼和浩特市', '赛罕区'),
  r('150202', '包头市', '东河区'),
  r('210102', '沈阳市', '和平区'),
  r('210103', '沈阳市', '沈河区'),
  r('210202', '大连市', '中山区'),
  r('210203', '大连市', '西岗区'),
  r('220102', '长春市', '南关区'),
  r('220103', '长春市', '宽城区'),
  r('220104', '长春市', '朝阳区'),
  r('220202', '吉林市', '昌邑区'),
  r('230102', '哈尔滨市', '道里区'),
  r('230103', '哈尔滨市', '南岗区'),
  r('230104', '哈尔滨市', '道外区'),
  r('310101', '', '黄浦区'),
  r('310104', '', '徐汇区'),
  r('310105', '', '长宁区'),
  r('310106', '', '静安区'),
  r('310115', '', '浦东新区'),
  r('320102', '南京市', '玄武区'),
  r('320104', '南京市', '秦淮区'),
  r('320106', '南京市', '鼓楼区'),
  r('320508', '苏州市', '姑苏区'),
  r('330102', '杭州市', '上城区'),
  r('330106', '杭州市', '西湖区'),
  r('330108', '杭州市', '滨江区'),
  r('330203', '宁波市', '海曙区'),
  r('340102', '合肥市', '瑶海区'),
  r('340103', '合肥市', '庐阳区'),
  r('340104', '合肥市', '蜀山区'),
  r('340111', '合肥市', '包河区'),
  r('350102', '福州市', '鼓楼区'),
  r('350103', '福州市', '台江区'),
  r('350104', '福州市', '仓山区'),
  r('350203', '厦门市', '思明区'),
  r('350502', '泉州市', '鲤城区'),
  r('360102', '南昌市', '东湖区'),
  r('360103', '南昌市', '西湖区'),
  r('360104', '南昌市', '青云谱区'),
  r('370102', '济南市', '历下区'),
  r('370103', '济南市', '市中区'),
  r('370202', '青岛市', '市南区'),
  r('370203', '青岛市', '市北区'),
  r('410102', '郑州市', '中原区'),
  r('410103', '郑州市', '二七区'),
  r('410105', '郑州市', '金水区'),
  r('420102', '武汉市', '江岸区'),
  r('420103', '武汉市', '江汉区'),
  r('420106', '武汉市', '武昌区'),
  r('430102', '长沙市', '芙蓉区'),
  r('430103', '长沙市', '天心区'),
  r('430104', '长沙市', '岳麓区'),
  r('430105', '长沙市', '开福区'),
  r('440103', '广州市', '荔湾区'),
  r('440104', '广州市', '越秀区'),
  r('440106', '广州市', '天河区'),
  r('440303', '深圳市', '罗湖区'),
  r('440304', '深圳市', '福田区'),
  r('440305', '深圳市', '南山区'),
  r('450102', '南宁市', '兴宁区'),
  r('450103', '南宁市', '青秀区'),
  r('450105', '南宁市', '江南区'),
  r('460105', '海口市', '秀英区'),
  r('460106', '海口市', '龙华区'),
  r('460107', '海口市', '琼山区'),
  r('460108', '海口市', '美兰区'),
  r('500101', '', '万州区'),
  r('500103', '', '渝中区'),
  r('500105', '', '江北区'),
  r('500106', '', '沙坪坝区'),
  r('500108', '', '南岸区'),
  r('510104', '成都市', '锦江区'),
  r('510105', '成都市', '青羊区'),
  r('510106', '成都市', '金牛区'),
  r('510107', '成都市', '武侯区'),
  r('520102', '贵阳市', '南明区'),
  r('520103', '贵阳市', '云岩区'),
  r('520111', '贵阳市', '花溪区'),
  r('530102', '昆明市', '五华区'),
  r('530103', '昆明市', '盘龙区'),
  r('530111', '昆明市', '官渡区'),
  r('540102', '拉萨市', '城关区'),
  r('540121', '拉萨市', '林周县'),
  r('540122', '拉萨市', '当雄县'),
  r('540123', '拉萨市', '尼木县'),
  r('610102', '西安市', '新城区'),
  r('610103', '西安市', '碑林区'),
  r('610104', '西安市', '莲湖区'),
  r('610113', '西安市', '雁塔区'),
  r('620102', '兰州市', '城关区'),
  r('620103', '兰州市', '七里河区'),
  r('620104', '兰州市', '西固区'),
  r('630102', '西宁市', '城东区'),
  r('630103', '西宁市', '城中区'),
  r('630104', '西宁市', '城西区'),
  r('630105', '西宁市', '城北区'),
  r('640104', '银川市', '兴庆区'),
  r('640105', '银川市', '西夏区'),
  r('640106', '银川市', '金凤区'),
  r('650102', '乌鲁木齐市', '天山区'),
  r('650103', '乌鲁木齐市', '沙依巴克区'),
  r('650104', '乌鲁木齐市', '新市区'),
  r('650105', '乌鲁木齐市', '水磨沟区')
]

const regionByCode = new Map(REGIONS.map((region) => [region.code, region]))

export function findRegion(code6: string): Region | undefined {
  return regionByCode.get(code6)
}

export function regionsOfProvince(code2: string): readonly Region[] {
  return REGIONS.filter((region) => region.code.startsWith(code2))
}

/** "福建省泉州市鲤城区", "北京市东城区"; undefined when the code is not in the table. */
export function regionFullName(code6: string): string | undefined {
  const region = findRegion(code6)
  const province = findProvince(code6.slice(0, 2))
  if (region === undefined || province === undefined) return undefined
  return `${province.name}${region.city}${region.name}`
}
