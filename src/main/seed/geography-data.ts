// Word lists for places: plate letters of the cities in the region table (GA 36 issuing-authority
// letters as commonly known, e.g. 粤B 深圳, 闽D 厦门), population weights, street and estate names.
// Demo data only: a city missing here still works (it gets a free letter and weight 2).

export const CITY_LETTERS: Readonly<Record<string, string>> = {
  石家庄市: 'A', 唐山市: 'B', 秦皇岛市: 'C', 太原市: 'A', 呼和浩特市: 'A', 包头市: 'B',
  沈阳市: 'A', 大连市: 'B', 长春市: 'A', 吉林市: 'B', 哈尔滨市: 'A', 南京市: 'A', 苏州市: 'E',
  杭州市: 'A', 宁波市: 'B', 合肥市: 'A', 福州市: 'A', 厦门市: 'D', 泉州市: 'C', 南昌市: 'A',
  济南市: 'A', 青岛市: 'B', 郑州市: 'A', 武汉市: 'A', 长沙市: 'A', 广州市: 'A', 深圳市: 'B',
  南宁市: 'A', 海口市: 'A', 成都市: 'A', 贵阳市: 'A', 昆明市: 'A', 拉萨市: 'A', 西安市: 'A',
  兰州市: 'A', 西宁市: 'A', 银川市: 'A', 乌鲁木齐市: 'A'
}

/** Municipalities issue many letters city-wide. */
export const MUNICIPALITY_LETTERS: Readonly<Record<string, readonly string[]>> = {
  京: ['A', 'B', 'C', 'E', 'F', 'G', 'H', 'J', 'K', 'L', 'M', 'N', 'P', 'Q'],
  津: ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'J', 'K', 'L', 'M', 'N', 'P', 'Q', 'R'],
  沪: ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'J', 'K', 'L', 'M', 'N'],
  渝: ['A', 'B', 'C', 'D', 'F', 'G', 'H']
}

/** Relative population per district of a city (default 2; rural counties 1). */
export const CITY_WEIGHTS: Readonly<Record<string, number>> = {
  北京市: 4, 上海市: 4, 重庆市: 3, 天津市: 3, 广州市: 5, 深圳市: 6, 成都市: 4, 杭州市: 4,
  武汉市: 4, 西安市: 3, 南京市: 3, 苏州市: 6, 郑州市: 3, 长沙市: 3, 青岛市: 3, 合肥市: 3,
  厦门市: 3, 宁波市: 5, 泉州市: 4
}

export const ROADS: readonly string[] = [
  '人民路', '解放路', '中山路', '建设路', '和平路', '新华路', '文化路', '胜利路', '长江路', '黄河路',
  '朝阳路', '青年路', '工业大道', '环城路', '滨江路', '学府路', '体育路', '光明路', '花园路', '东风路',
  '迎宾大道', '世纪大道', '科技路', '创业路', '振兴路', '友谊路', '幸福路', '民主路', '复兴路', '新城大道',
  '金融街', '南环路', '北环路', '西环路', '东环路', '育才路', '园林路', '公园路', '湖滨路', '站前路'
]

export const ESTATES: readonly string[] = [
  '阳光', '幸福', '锦绣', '金色', '碧水', '翠园', '华府', '东方', '明珠', '紫荆', '丽景', '怡景',
  '香榭', '绿城', '万家', '和谐', '春天', '星河', '嘉园', '御景', '书香', '朗润', '半岛', '金地'
]

export const ESTATE_SUFFIXES: readonly string[] = ['花园', '小区', '苑', '家园', '公寓', '新村']

/** National expressways, for the emergency-lane and expressway-speeding records. */
export const EXPRESSWAYS: readonly string[] = [
  'G4京港澳高速', 'G15沈海高速', 'G60沪昆高速', 'G70福银高速', 'G5京昆高速', 'G25长深高速',
  'G42沪蓉高速', 'G2京沪高速', 'G65包茂高速', 'G75兰海高速', 'G30连霍高速', 'G50沪渝高速'
]

/** Words for company names: 深圳市 + 鹏程 + 物流 + 有限公司. */
export const COMPANY_WORDS: readonly string[] = [
  '鹏程', '恒达', '通达', '顺发', '华信', '宏远', '金盛', '永泰', '新纪元', '联合', '东方', '中兴',
  '百利', '安顺', '瑞丰', '德信', '天成', '利民', '广源', '嘉禾', '荣盛', '万通', '长城', '启航'
]

export const COMPANY_TRADES: readonly string[] = [
  '物流', '运输', '出租汽车', '汽车租赁', '建设工程', '商贸', '科技', '食品', '医药', '物业管理',
  '旅游客运', '驾驶员培训', '建材', '电子', '餐饮管理'
]
