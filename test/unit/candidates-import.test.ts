import { duplicateNames, parseCandidates, splitRows } from '../../web/console/candidates-import';

/** The console's bulk import: rows pasted from Excel or read from a CSV file. */

describe('candidate rows from a paste or a CSV file', () => {
  it('reads tab-separated rows as Excel copies them, skipping a header row', () => {
    const rows = parseCandidates('名称\t城市\t简介\n南昌县\t南昌市\t全国百强县\n进贤县\t南昌市\t\n');
    expect(rows.map((r) => [r.name, r.city, r.summary, r.errors])).toEqual([
      ['南昌县', '南昌市', '全国百强县', []],
      ['进贤县', '南昌市', null, []],
    ]);
    expect(rows.map((r) => r.line)).toEqual([2, 3]);
  });

  it('reads quoted CSV fields with commas, doubled quotes and line breaks, and a BOM', () => {
    const rows = parseCandidates('\uFEFFname,city,summary\r\n"瑞金市","赣州市","红色故都，""共和国摇篮""\n第二行"\r\n井冈山市,吉安市,革命摇篮\r\n');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ line: 2, name: '瑞金市', city: '赣州市', summary: '红色故都，"共和国摇篮"\n第二行', errors: [] });
    expect(rows[1]).toMatchObject({ line: 4, name: '井冈山市', summary: '革命摇篮' });
  });

  it('takes a fourth column as the county and reports rows it cannot use, by line', () => {
    const rows = parseCandidates('梅岭镇,南昌市,生态旅游镇,湾里区\n,九江市,无名\n庐山镇\n');
    expect(rows[0]).toMatchObject({ county: '湾里区', errors: [] });
    expect(rows[1].errors).toEqual(['缺少名称']);
    expect(rows[2].errors).toEqual(['缺少所属设区市']);
    expect(parseCandidates('a,b,c,d,e')[0].errors[0]).toMatch(/多出 1 列/);
    expect(parseCandidates(`${'名'.repeat(201)},南昌市`)[0].errors[0]).toMatch(/名称超过 200 字/);
  });

  it('accepts full-width commas when the paste has no other separator', () => {
    expect(splitRows('湖口县，九江市，简介')[0].fields).toEqual(['湖口县', '九江市', '简介']);
  });

  it('a name that looks like HTML is kept as it was typed', () => {
    expect(parseCandidates('<img src=x onerror=alert(1)>,南昌市')[0].name).toBe('<img src=x onerror=alert(1)>');
  });

  it('sixty rows stay sixty rows; blank lines are ignored', () => {
    const text = Array.from({ length: 60 }, (_, i) => `候选镇${i + 1}\t赣州市\t简介${i + 1}`).join('\n\n');
    const rows = parseCandidates(text);
    expect(rows).toHaveLength(60);
    expect(rows.every((r) => r.errors.length === 0)).toBe(true);
  });

  it('names duplicates within the paste and against the ballot', () => {
    const rows = parseCandidates('甲,南昌市\n乙,南昌市\n甲,九江市\n丙,吉安市');
    expect([...duplicateNames(rows, ['丙'])].sort()).toEqual(['丙', '甲'].sort());
  });
});
