// Chinese personal names: surnames weighted by their approximate share of the population (per mille,
// rounded from published census rankings), given names of one or two characters from pools that
// differ by sex and generation (建国 and 秀英 are typical of the 1950s, 子轩 and 梓涵 of the 2000s).
import { Weighted, type Rng } from './prng'

const SURNAME_WEIGHTS: readonly (readonly [string, number])[] = [
  ['王', 71], ['李', 70], ['张', 67], ['刘', 54], ['陈', 45], ['杨', 31], ['黄', 24], ['赵', 21],
  ['吴', 20], ['周', 19], ['徐', 16], ['孙', 15], ['马', 14], ['朱', 13], ['胡', 13], ['郭', 12],
  ['何', 11], ['林', 11], ['罗', 10], ['高', 10], ['郑', 9], ['梁', 9], ['谢', 8], ['宋', 8],
  ['唐', 8], ['许', 7], ['韩', 7], ['冯', 7], ['邓', 7], ['曹', 6], ['彭', 6], ['曾', 6],
  ['肖', 6], ['田', 5], ['董', 5], ['袁', 5], ['潘', 5], ['于', 5], ['蒋', 5], ['蔡', 5],
  ['余', 5], ['杜', 4], ['叶', 4], ['程', 4], ['苏', 4], ['魏', 4], ['吕', 4], ['丁', 4],
  ['任', 4], ['沈', 4], ['姚', 4], ['卢', 4], ['姜', 3], ['崔', 3], ['钟', 3], ['谭', 3],
  ['陆', 3], ['汪', 3], ['范', 3], ['金', 3], ['石', 3], ['廖', 3], ['贾', 3], ['夏', 3],
  ['韦', 3], ['付', 3], ['方', 3], ['白', 3], ['邹', 3], ['孟', 3], ['熊', 3], ['秦', 3],
  ['邱', 3], ['江', 3], ['尹', 2], ['薛', 2], ['闫', 2], ['段', 2], ['雷', 2], ['侯', 2],
  ['龙', 2], ['史', 2], ['陶', 2], ['黎', 2], ['贺', 2], ['顾', 2], ['毛', 2], ['郝', 2],
  ['龚', 2], ['邵', 2], ['万', 2], ['钱', 2], ['严', 2], ['覃', 2], ['武', 2], ['戴', 2],
  ['莫', 2], ['孔', 2], ['向', 2], ['汤', 2], ['欧阳', 0.5], ['上官', 0.1], ['司马', 0.1], ['诸葛', 0.1]
]

const SURNAMES = new Weighted(SURNAME_WEIGHTS)

const MALE_OLDER = [...'建国军华明伟强平刚勇志文海东林斌杰涛辉峰军卫兵庆春金永德光荣立家振忠祥福生成']
const MALE_YOUNGER = [...'浩宇轩泽睿博涵子俊杰鑫磊鹏超凯健帆帅旭宁龙阳晨昊天一思豪嘉诚铭哲瑞宸航熙']
const FEMALE_OLDER = [...'秀英桂兰淑珍玉凤芳丽红梅霞敏静艳娟玲萍华琴云燕春莲翠英慧素美']
const FEMALE_YOUNGER = [...'欣怡梓涵诗雨紫萱可馨佳琪婷雪琳晶颖倩莹洁悦瑶璐月彤妍蕾楠思晓']

/** A full name for a person of this sex born in this year. */
export function personName(rng: Rng, gender: 'M' | 'F', birthYear: number): string {
  const surname = SURNAMES.pick(rng.next())
  const younger = birthYear >= 1980 || (birthYear >= 1970 && rng.chance(0.5))
  const pool = gender === 'M' ? (younger ? MALE_YOUNGER : MALE_OLDER) : younger ? FEMALE_YOUNGER : FEMALE_OLDER
  // Two-character given names dominate; single characters are commoner among older people.
  const single = rng.chance(younger ? 0.18 : 0.35) && surname.length === 1
  const first = rng.pick(pool)
  if (single) return surname + first
  let second = rng.pick(pool)
  if (second === first && rng.chance(0.7)) second = rng.pick(pool)
  return surname + first + second
}
