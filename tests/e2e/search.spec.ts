// 综合查询 and 人员详情: find a real person of the generated data set by each kind of key, see them
// masked in the list, open them from the keyboard, and come back with Esc.
import { expect, test } from './fixtures'
import { openApp, searchFor, searchScreen, signIn } from './desk'
import { saveScreen } from './screens'
import {
  expectedMaskedId,
  expectedMaskedPhone,
  LICENSE_STATUS_WORDS,
  withWrongCheckChar
} from './seed-data'

test.describe('search', () => {
  test.beforeEach(async ({ page, host }) => {
    await openApp(page, host)
    await signIn(page)
  })

  test('finds the same person by ID number, plate and phone, masked in the results', async ({ page, data }, testInfo) => {
    const person = data.personWithLicenseVehicleAndPhone()
    const maskedId = expectedMaskedId(person.idNumber)
    const maskedPhone = expectedMaskedPhone(person.phone)

    const keys = [
      { key: person.idNumber, kind: '按身份证号码查询' },
      { key: person.plate, kind: '按号牌号码查询' },
      { key: person.phone, kind: '按手机号码查询' }
    ]
    for (const { key, kind } of keys) {
      await test.step(`${kind}：${key}`, async () => {
        const search = await searchFor(page, key)
        await expect(search.summary).toContainText(kind)
        const row = search.results.getByRole('row').filter({ hasText: person.name }).filter({ hasText: maskedId })
        await expect(row).toHaveCount(1)
        await expect(row).toContainText(maskedPhone)
        // Lists never show the full ID number or phone.
        await expect(search.results).not.toContainText(person.idNumber)
        await expect(search.results).not.toContainText(person.phone)
      })
    }
    await saveScreen(page, 'search-results', testInfo)
  })

  test('finds the person a penalty decision was issued to by its decision number', async ({ page, data }) => {
    const decision = data.decision()
    const search = await searchFor(page, decision.decisionNo)
    await expect(search.summary).toContainText('按决定书编号查询')
    const row = search.results.getByRole('row').filter({ hasText: decision.name }).filter({ hasText: expectedMaskedId(decision.idNumber) })
    await expect(row).toHaveCount(1)
    await expect(row).toContainText(decision.decisionNo)
  })

  test('opens the person with Enter, shows the full record, and Esc returns to the results', async ({ page, data }, testInfo) => {
    const person = data.personWithLicenseVehicleAndPhone()
    const search = await searchFor(page, person.idNumber)
    const row = search.results.getByRole('row').filter({ hasText: person.name })
    await expect(row).toHaveCount(1)
    // The focus stayed in the search box: ↓ selects the row, Enter opens it.
    await expect(search.box).toBeFocused()
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Enter')

    const name = page.getByRole('heading', { level: 1, name: person.name, exact: true })
    await expect(name).toBeVisible()
    const main = page.getByRole('main')
    // The detail view is the unmasked one.
    await expect(main.getByText(person.idNumber, { exact: true })).toBeVisible()

    const license = main.getByRole('region', { name: '驾驶证', exact: true })
    for (const letter of person.licenseStatus) {
      const word = LICENSE_STATUS_WORDS[letter]
      expect(word, `status letter ${letter} is a known GA status`).toBeDefined()
      await expect(license).toContainText(word ?? letter)
    }
    const points = license.getByRole('progressbar', { name: '本周期累计记分' })
    await expect(points).toHaveAttribute('aria-valuetext', `${person.cyclePoints} / 12 分`)
    await expect(license).toContainText(`${person.cyclePoints} / 12 分`)

    await expect(main.getByRole('table', { name: '机动车', exact: true }).getByRole('row').filter({ hasText: person.plate })).not.toHaveCount(0)
    const violations = main.getByRole('table', { name: '交通违法记录', exact: true })
    await expect(violations.getByRole('row').filter({ hasText: person.latestViolation.behaviour }).first()).toBeVisible()
    await expect(main.getByRole('region', { name: '12123 账户', exact: true })).toBeVisible()
    await saveScreen(page, 'person-view', testInfo)

    await page.keyboard.press('Escape')
    await expect(name).toHaveCount(0)
    await expect(search.results.getByRole('row').filter({ hasText: person.name })).toHaveCount(1)
    await expect(search.box).toBeFocused()
    await expect(search.box).toHaveValue(person.idNumber)
  })

  test('names the wrong check character of a mistyped ID number', async ({ page, data }) => {
    const person = data.personWithLicenseVehicleAndPhone()
    const typo = withWrongCheckChar(person.idNumber)
    const search = await searchFor(page, typo)

    await expect(search.alert).toContainText(`身份证号码校验位应为${person.idNumber.slice(-1)}`)
    await expect(search.alert).toContainText(`输入的是${typo.slice(-1)}`)
    await expect(search.results).toHaveCount(0)
  })

  test('shows the empty state for a key that matches nobody', async ({ page, data }) => {
    const nobody = data.unknownIdNumber()
    const search = await searchFor(page, nobody)

    await expect(page.getByText('未找到相关人员')).toBeVisible()
    await expect(search.summary).toContainText('共 0 人')
    await expect(search.results).toHaveCount(0)
    await expect(search.alert).toHaveCount(0)
  })
})

test('the search box takes the focus with F2 and Ctrl+K', async ({ page, host }) => {
  await openApp(page, host)
  const search = await signIn(page)
  await page.getByRole('banner').click()
  await expect(search.box).not.toBeFocused()
  await page.keyboard.press('F2')
  await expect(search.box).toBeFocused()
  await page.getByRole('contentinfo').click()
  await expect(search.box).not.toBeFocused()
  await page.keyboard.press('Control+k')
  await expect(searchScreen(page).box).toBeFocused()
})
