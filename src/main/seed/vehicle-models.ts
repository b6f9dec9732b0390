// Brand and model strings as printed on registrations (品牌 + 牌 + 型号), by vehicle kind.
import type { VehicleKind } from './vehicles'

export const MODELS: Readonly<Record<VehicleKind, readonly string[]>> = {
  car: [
    '大众牌FV7152BBDBG', '大众牌SVW71525BV', '丰田牌GTM7250GB', '丰田牌TV7182GLXE', '本田牌HG7154BAC5',
    '本田牌GHA7152AAC6', '日产牌DFL7160VAL2', '别克牌SGM7151DAA1', '宝马牌BMW7200BM', '奔驰牌BJ7204GEL',
    '奥迪牌FV7201BACWG', '吉利牌MR7153D01', '长安牌SC7164AA6', '哈弗牌CC6460RM20', '五菱牌LZW6446PYF',
    '荣威牌CSA7154TDPS', '奇瑞牌SQR7151J630', '传祺牌GAC7150J1A5', '马自达牌CAM7209A6', '福特牌CAF7150A6'
  ],
  newEnergySmall: [
    '比亚迪牌BYD7005BEV', '比亚迪牌BYD7152WT6HEVC', '特斯拉牌TSL7000BEVAR0', '理想牌LXA6500SHEVR1',
    '蔚来牌HFC6483ECEV1-W', '小鹏牌NHQ7000BEVFB', '埃安牌GAM7000BEVA0T', '五菱牌LZW7001EVNE',
    '问界牌SF6480ST52REEV', '小米牌BJ7000MBEVR2', '零跑牌FZ7000BEVCA', '极氪牌MR7004BEV03'
  ],
  newEnergyLarge: ['宇通牌ZK6105BEVG', '比亚迪牌BYD6810HZEV', '金龙牌XMQ6106AGBEVL', '福田牌BJ5045XXYEV2'],
  large: [
    '解放牌CA4250P66K24T1A1E5', '东风牌DFH1180EX8', '重汽牌ZZ4257N324GD1', '陕汽牌SX4250MC4',
    '宇通牌ZK6127H', '金龙牌XMQ6127AY', '福田牌BJ1049V9JEA'
  ],
  motorcycle: ['雅马哈牌JYM125-8', '本田牌SDH125-51', '豪爵牌HJ150-10', '新大洲牌SDH110-26', '钱江牌QJ150-19A', '宗申牌ZS125-30'],
  moped: ['五羊牌WY48QT-2', '豪爵牌HJ50QT-2', '雅马哈牌JYM48QT-3'],
  trailer: ['中集牌ZJV9400TJZ', '通华牌THT9400XXY', '华骏牌ZCZ9401TJZHJC'],
  coach: ['捷达牌FV7155BCMBG', '大众牌SVW71510AJ', '丰田牌GTM7160GB']
}
