import { describe, expect, it } from "vitest";
import type { ExtractedItem, Extraction } from "../contract/model";
import { ExtractionSchema } from "../contract/model";
import { documentKey, extractDocument } from "./index";

const SALUTATION = "各市（州）党委，省委各部委：";

function itemCovering(ex: Extraction, text: string, quote: string): ExtractedItem | undefined {
  const at = text.indexOf(quote);
  expect(at, `quote not in fixture: ${quote}`).toBeGreaterThanOrEqual(0);
  return ex.items.find((i) => i.start <= at && at + quote.length <= i.end);
}

/** The rule of the unit holding `quote`: why it became an item or was left out. */
function ruleAt(ex: Extraction, text: string, quote: string): string | undefined {
  const at = text.indexOf(quote);
  return ex.units.find((u) => u.start <= at && at < u.end)?.rule;
}

function extract(text: string): Extraction {
  const ex = extractDocument(text);
  // Every extraction must satisfy the shared contract.
  ExtractionSchema.parse(ex);
  return ex;
}

describe("directive detection", () => {
  const cases: { name: string; text: string; quote: string; directive: boolean }[] = [
    {
      name: "explicit bearer with 要",
      text: `${SALUTATION}一、各级党委（党组）要切实增强“四个意识”，坚定“四个自信”。`,
      quote: "各级党委（党组）要切实增强",
      directive: true,
    },
    {
      name: "reported speech of a leader",
      text: `${SALUTATION}一、加强领导。1月27日，习近平总书记再次作出重要指示，要求各级党组织和广大党员干部必须牢记人民利益高于一切。各级党委要认真落实。`,
      quote: "习近平总书记再次作出重要指示",
      directive: false,
    },
    {
      name: "another notice's demand (《通知》要求)",
      text: `${SALUTATION}1.各级党委要加强领导。《通知》要求，各级党组织要把疫情防控作为重大政治任务。`,
      quote: "《通知》要求",
      directive: false,
    },
    {
      name: "citing a demand is not quoting it (根据……要求)",
      text: `${SALUTATION}1.根据《通知》要求，各级党组织要把疫情防控作为重大政治任务。`,
      quote: "各级党组织要把疫情防控",
      directive: true,
    },
    {
      name: "the issuer stating its own demand is not a quote",
      text: "各市（州）党委：\n1.省委要求，各级党组织要把疫情防控作为重要政治任务。\n中共某某省委\n2020年2月3日",
      quote: "各级党组织要把疫情防控",
      directive: true,
    },
    {
      name: "the centre's demand quoted in a provincial notice is",
      text: "各市（州）党委：\n1.党中央要求，各级党组织要坚决贯彻落实。\n中共某某省委\n2020年2月3日",
      quote: "各级党组织要坚决贯彻落实",
      directive: false,
    },
    {
      name: "the issuer's own actions",
      text: `${SALUTATION}一、统一思想。省委坚决贯彻落实党中央决策部署，作出一系列安排部署，各项工作正有力有序开展。各级党委要认真落实。`,
      quote: "作出一系列安排部署",
      directive: false,
    },
    {
      name: "a slogan",
      text: `${SALUTATION}1.各级党委要加强领导。疫情就是命令，防控就是责任。`,
      quote: "疫情就是命令",
      directive: false,
    },
    {
      name: "an evaluation statement with a copula",
      text: `${SALUTATION}1.各级党委要加强领导。做好疫情防控工作，是对各级领导干部能力和水平的检验。`,
      quote: "是对各级领导干部",
      directive: false,
    },
    {
      name: "the issuer's future action (将严肃问责)",
      text: `${SALUTATION}1.各级党委要加强领导。对工作不力的，将严肃问责。`,
      quote: "将严肃问责",
      directive: false,
    },
    {
      name: "a permission (可以)",
      text: `${SALUTATION}1.各级党委要加强领导。有条件的地方可以适当延长服务时间。`,
      quote: "可以适当延长",
      directive: false,
    },
    {
      name: "an imperative continuation without 要",
      text: `${SALUTATION}4.各级党委（党组）要严格按照属地管理原则，落实联防联控措施。加强城乡结合部、省市边界人流进出管理，外防输入、内防扩散。`,
      quote: "加强城乡结合部",
      directive: true,
    },
    {
      name: "a prohibition list with no bearer",
      text: `${SALUTATION}3.节日期间，严禁无证经营；不得在人员密集场所燃放烟花爆竹。`,
      quote: "不得在人员密集场所",
      directive: true,
    },
    {
      name: "the preamble's formula",
      text: `${SALUTATION}为切实加强党的领导，现将有关事项通知如下：1.各级党委要加强领导。`,
      quote: "现将有关事项通知如下",
      directive: false,
    },
    {
      name: "容不得 is not a prohibition",
      text: `${SALUTATION}1.各级党委要加强领导。当前防控形势依然十分严峻，容不得半点侥幸和懈怠。`,
      quote: "容不得半点侥幸",
      directive: false,
    },
  ];
  it.each(cases)("$name", ({ text, quote, directive }) => {
    const ex = extract(text);
    expect(itemCovering(ex, text, quote) !== undefined).toBe(directive);
  });
});

describe("bearers and tiers", () => {
  const cases: {
    name: string;
    text: string;
    quote: string;
    bearer: string;
    source: ExtractedItem["bearerSource"];
    level: ExtractedItem["level"];
  }[] = [
    {
      name: "party committees",
      text: `${SALUTATION}1.各级党委（党组）要统筹调配防控救治物资和力量。`,
      quote: "统筹调配",
      bearer: "各级党委（党组）",
      source: "explicit",
      level: "committee",
    },
    {
      name: "body and persons: the first head decides",
      text: `${SALUTATION}1.各级领导班子和领导干部特别是主要负责同志务必在思想上高度重视。`,
      quote: "高度重视",
      bearer: "各级领导班子和领导干部特别是主要负责同志",
      source: "explicit",
      level: "committee",
    },
    {
      name: "persons first",
      text: `${SALUTATION}1.班子成员特别是党委（党组）书记要坚守岗位、身先士卒。`,
      quote: "坚守岗位",
      bearer: "班子成员特别是党委（党组）书记",
      source: "explicit",
      level: "member",
    },
    {
      name: "modifier before 的 is not the head",
      text: `${SALUTATION}1.收治确诊患者的医疗机构要制定专项工作方案。`,
      quote: "制定专项",
      bearer: "收治确诊患者的医疗机构",
      source: "explicit",
      level: "grassroots",
    },
    {
      name: "coordinated grassroots bodies",
      text: `${SALUTATION}1.乡镇（街道）和村（社区）党组织要严格落实属地责任。`,
      quote: "严格落实属地责任",
      bearer: "乡镇（街道）和村（社区）党组织",
      source: "explicit",
      level: "grassroots",
    },
    {
      name: "inherited within the section",
      text: `${SALUTATION}1.广大党员要带头落实防控措施。要带头做好群众思想工作。`,
      quote: "要带头做好",
      bearer: "广大党员",
      source: "inherited",
      level: "member",
    },
    {
      name: "from the section heading",
      text: `${SALUTATION}一、基层党组织要切实构筑严密防线\n要坚持党建引领，切实提高疫情防控的科学性。`,
      quote: "要坚持党建引领",
      bearer: "基层党组织",
      source: "heading",
      level: "grassroots",
    },
    {
      name: "from the addressees",
      text: `各乡镇党委、人民政府，县直各单位：\n3.节日期间，严禁无证经营。`,
      quote: "严禁无证经营",
      bearer: "各乡镇党委、人民政府，县直各单位",
      source: "addressees",
      level: "committee",
    },
    {
      name: "a topic subject before a later 要",
      text: `${SALUTATION}1.基层党组织距离群众最近，当前最紧迫的任务就是要投入到疫情防控工作中。`,
      quote: "当前最紧迫的任务",
      bearer: "基层党组织",
      source: "explicit",
      level: "grassroots",
    },
  ];
  it.each(cases)("$name", ({ text, quote, bearer, source, level }) => {
    const item = itemCovering(extract(text), text, quote);
    expect(item).toBeDefined();
    expect(item).toMatchObject({ bearer, bearerSource: source, level });
  });
});

describe("types, modality, timing and recipient", () => {
  const cases: {
    name: string;
    sentence: string;
    types: ExtractedItem["types"];
    modality: ExtractedItem["modality"];
    timing?: ExtractedItem["timing"];
    recipient?: string | null;
  }[] = [
    {
      name: "reporting with daily timing",
      sentence: "各级党委（党组）要建立工作督查日报告制度，每日进行调度汇总。",
      types: ["reporting"],
      modality: "obligation",
      timing: "daily",
    },
    {
      name: "reporting to a recipient, immediately",
      sentence: "各级党委（党组）要及时向省委报告有关情况。",
      types: ["reporting"],
      modality: "obligation",
      timing: "immediate",
      recipient: "省委",
    },
    {
      name: "round-the-clock duty roster",
      sentence: "乡镇党组织要严格执行24小时值班值守制度，及时准确报送相关信息。",
      types: ["reporting"],
      modality: "obligation",
      timing: "round-the-clock",
    },
    {
      name: "staffing and publicity",
      sentence: "各级党委（党组）要考察识别干部，注意发现和积极宣传先进典型。",
      types: ["staffing", "publicity"],
      modality: "obligation",
    },
    {
      name: "caring for medical staff is staffing",
      sentence: "各级党委要关心关爱奋战在一线的专家和医护人员，切实解决他们的轮换休息等实际困难。",
      types: ["staffing"],
      modality: "obligation",
    },
    {
      name: "caring for returnees is not staffing",
      sentence: "乡镇党组织对返乡人员既要全面排查，又要热情服务、关心关爱，保障他们的生活和健康。",
      types: ["other"],
      modality: "obligation",
    },
    {
      name: "guiding the public is publicity, guiding firms is not",
      sentence: "非公领域党组织要引导企业和社会组织积极履行社会责任。",
      types: ["other"],
      modality: "obligation",
    },
    {
      name: "prohibition the bearer makes others keep is an obligation",
      sentence: "广大党员要带头做好群众思想工作，引导群众不信谣、不造谣、不传谣。",
      types: ["publicity"],
      modality: "obligation",
    },
    {
      name: "own prohibition next to duties is mixed",
      sentence: "各级党委（党组）要做好防护知识宣传，主动回应社会关切，不信谣、不传谣。",
      types: ["publicity"],
      modality: "mixed",
    },
    {
      name: "prohibition alone",
      sentence: "各级党组织不得截留、挤占、挪用专项经费。",
      types: ["other"],
      modality: "prohibition",
    },
    {
      name: "迟报瞒报 is a reporting prohibition",
      sentence: "要严守工作纪律，决不允许迟报瞒报、敷衍拖拉。",
      types: ["reporting"],
      modality: "mixed",
    },
  ];
  it.each(cases)("$name", ({ sentence, types, modality, timing, recipient }) => {
    const text = `${SALUTATION}1.${sentence}`;
    const item = itemCovering(extract(text), text, sentence.slice(0, 8));
    expect(item).toBeDefined();
    expect([...item!.types].sort()).toEqual([...types].sort());
    expect(item!.modality).toBe(modality);
    if (timing !== undefined) expect(item!.timing).toBe(timing);
    if (recipient !== undefined) expect(item!.recipient).toBe(recipient);
  });

  it("when cues are reported, then each slice of the original equals the cue text", () => {
    const text = `${SALUTATION}1.各级党委（党组）要及时向省委报告，不得迟报瞒报。`;
    const [item] = extract(text).items;
    expect(item).toBeDefined();
    const kinds = item!.cues.map((c) => c.kind);
    expect(kinds).toEqual(
      expect.arrayContaining([
        "bearer",
        "modal",
        "prohibition",
        "reporting",
        "timing",
        "recipient",
      ]),
    );
    for (const cue of item!.cues) expect(text.slice(cue.start, cue.end)).toBe(cue.text);
  });
});

describe("sections and headings", () => {
  it("when a heading runs into a descriptive body with no punctuation, then it is split off", () => {
    const text = `${SALUTATION}现就有关事项通知如下。一、坚决把思想和行动统一到党中央决策部署上来，切实增强做好疫情防控工作的责任感紧迫感新型冠状病毒感染的肺炎疫情发生以来，党中央作出了全面部署。各级党委要认真落实。`;
    const ex = extract(text);
    const section = ex.sections.find((s) => s.number === "一、");
    expect(section?.heading).toBe(
      "坚决把思想和行动统一到党中央决策部署上来，切实增强做好疫情防控工作的责任感紧迫感",
    );
    expect(itemCovering(ex, text, "疫情发生以来")).toBeUndefined();
    expect(itemCovering(ex, text, "各级党委要认真落实")).toBeDefined();
  });

  it("when a heading ends in a parallel list run into a slogan, then the list closes the heading", () => {
    const text = `${SALUTATION}二、各级领导干部要把疫情防控工作作为当前的工作任务来抓，切实做到守土有责、守土担责、守土尽责生命重于泰山。要坚守岗位。`;
    const section = extract(text).sections.find((s) => s.number === "二、");
    expect(section?.heading).toBe(
      "各级领导干部要把疫情防控工作作为当前的工作任务来抓，切实做到守土有责、守土担责、守土尽责",
    );
    expect(section?.headingBearer).toBe("各级领导干部");
  });

  it("when a heading runs into a sentence whose subject is a known actor, then it ends there", () => {
    const text = `${SALUTATION}四、广大党员干部要发扬斗争精神，切实做到当先锋、作表率党员干部是疫情防控的先锋队。要带头落实防控措施。`;
    const ex = extract(text);
    expect(ex.sections.find((s) => s.number === "四、")?.heading).toBe(
      "广大党员干部要发扬斗争精神，切实做到当先锋、作表率",
    );
    expect(itemCovering(ex, text, "先锋队")).toBeUndefined();
    expect(itemCovering(ex, text, "要带头落实")?.bearerSource).toBe("heading");
  });

  it("when a heading runs into a bare 要 or into a temporal opener, then the heading ends there", () => {
    const text = `${SALUTATION}一、基层党组织要充分发挥战斗堡垒作用，切实构筑严密防线要坚持党建引领。要强化网格化管理。\n二、加强宣传引导当前，社会上出现了一些谣言。各级宣传部门要及时发布权威信息。`;
    const ex = extract(text);
    expect(ex.sections.map((s) => s.heading)).toEqual([
      "基层党组织要充分发挥战斗堡垒作用，切实构筑严密防线",
      "加强宣传引导",
    ]);
    expect(ex.items.map((i) => [i.text, i.bearerSource])).toEqual([
      ["要坚持党建引领。", "heading"],
      ["要强化网格化管理。", "heading"],
      ["各级宣传部门要及时发布权威信息。", "explicit"],
    ]);
  });

  it("when a numbered item is a list of prohibitions, then no heading is cut out of it", () => {
    const text = `${SALUTATION}（二）严禁迟报、漏报、瞒报疫情信息；不得擅自发布疫情信息。`;
    const ex = extract(text);
    expect(ex.sections[0]?.heading).toBeNull();
    expect(ex.items.map((i) => i.modality)).toEqual(["prohibition", "prohibition"]);
  });

  it("when headings stand on their own lines with nested （一） numbering, then each is a title", () => {
    const text = `${SALUTATION}\n一、压紧压实防汛责任\n（一）落实党政同责。各级党委和政府要把防汛救灾作为重大政治任务。\n（二）强化监测预警\n各级防汛抗旱指挥部要滚动发布预警信息。\n`;
    const ex = extract(text);
    expect(ex.sections.map((s) => [s.number, s.heading])).toEqual([
      ["一、", "压紧压实防汛责任"],
      ["（一）", "落实党政同责。"],
      ["（二）", "强化监测预警"],
    ]);
    expect(ex.items.map((i) => i.text)).toEqual([
      "各级党委和政府要把防汛救灾作为重大政治任务。",
      "各级防汛抗旱指挥部要滚动发布预警信息。",
    ]);
  });

  it("when the last numbered section is followed by its own paragraph, then that is the closing", () => {
    const text = `${SALUTATION}\n\u3000\u30001.各级党委（党组）要加强领导。\n\u3000\u30002.各级党委（党组）要加强宣传。\n\u3000\u3000各级党委（党组）要及时向省委报告落实情况。\n\u3000\u3000中共某某省委\n\u3000\u30002020年1月29日`;
    const ex = extract(text);
    expect(ex.sections.map((s) => s.kind)).toEqual(["numbered", "numbered", "closing"]);
    const closing = itemCovering(ex, text, "及时向省委报告");
    expect(closing?.sectionIndex).toBe(2);
    expect(closing?.text).toBe("各级党委（党组）要及时向省委报告落实情况。");
  });

  it("when units are joined by ；, then a new explicit bearer starts a new item", () => {
    const text = `${SALUTATION}1.各县党委要逐级明确包保责任；各乡镇党委要全面排查危险区域；市级各有关部门要各司其职。`;
    const ex = extract(text);
    expect(ex.items.map((i) => i.bearer)).toEqual(["各县党委", "各乡镇党委", "市级各有关部门"]);
  });
});

describe("document metadata", () => {
  it("when a signature line closes the notice, then issuer, ISO date and addressees are read and boilerplate is dropped", () => {
    const text =
      "各市（州）党委，省委各部委，省直各部门党组（党委）：现就有关事项通知如下。一、各级党委要加强领导。中共四川省委2020年1月29日运行维护单位：中国电信四川公司网站标识码5100000062 \u3000蜀ICP备13001288号";
    const ex = extract(text);
    expect(ex.document).toMatchObject({
      issuer: "中共四川省委",
      date: "2020-01-29",
      addressees: ["各市（州）党委", "省委各部委", "省直各部门党组（党委）"],
      title: "中共四川省委 2020-01-29",
      bodyEnd: text.indexOf("运行维护单位"),
    });
    expect(ex.items.every((i) => i.end <= text.indexOf("中共四川省委2020"))).toBe(true);
  });

  it("when page furniture surrounds the notice, then only the notice is read", () => {
    const text = [
      "某某市人民政府门户网站",
      "首页 > 通知公告",
      "发布时间：2023-06-12 09:30\u3000来源：市委办公室\u3000作者：办公室",
      "各县（市、区）党委和人民政府，市委各部委：",
      "\u3000\u3000一、各级党委和政府要加强组织领导。",
      "\u3000\u3000中共某某市委办公室",
      "\u3000\u3000某某市人民政府办公室",
      "\u3000\u3000二〇二三年六月十二日",
      "【打印本页】【关闭窗口】",
      "版权所有：某某市人民政府\u3000网站标识码：4311000058",
    ].join("\n");
    const ex = extract(text);
    expect(ex.document.addressees).toEqual(["各县（市、区）党委和人民政府", "市委各部委"]);
    expect(ex.document.issuer).toBe("中共某某市委办公室、某某市人民政府办公室");
    expect(ex.document.date).toBe("2023-06-12");
    expect(ex.items).toHaveLength(1);
    expect(text.slice(ex.document.bodyEnd)).toMatch(/^\n【打印本页】/);
  });

  it("when a contact line stands above the issuer, then only the issuer block is the signature", () => {
    const text =
      "各区县党委组织部：\n1.各级党组织要加强领导.\n市委组织部联系电话:12345678\n中共某某市委组织部\n2022年4月1日\n";
    const ex = extract(text);
    expect(ex.document).toMatchObject({ issuer: "中共某某市委组织部", date: "2022-04-01" });
    // "领导." ends a sentence: a half-width full stop after a Chinese character.
    expect(ex.items.map((i) => i.text)).toEqual(["各级党组织要加强领导."]);
  });

  it("when options are given, then they override what the text says", () => {
    const ex = extract(`${SALUTATION}1.各级党委要加强领导。`);
    expect(
      extractDocument("1.各级党委要加强领导。", { title: "T", issuer: "I", date: "2020-02-02" })
        .document,
    ).toMatchObject({
      title: "T",
      issuer: "I",
      date: "2020-02-02",
    });
    expect(ex.document.title).toBe("Untitled notice");
  });
});

describe("layout variants", () => {
  it("when the notice is in traditional characters, then it is read like simplified and offsets refer to the original", () => {
    const text = "各市（州）黨委：\n一、各級黨委（黨組）要及時向省委報告疫情防控工作情況。\n";
    const [item] = extract(text).items;
    expect(item).toMatchObject({
      bearer: "各級黨委（黨組）",
      level: "committee",
      types: ["reporting"],
      recipient: "省委",
      timing: "immediate",
    });
    expect(text.slice(item!.start, item!.end)).toBe(item!.text);
  });

  it("when punctuation is half-width, then units and prohibitions are found the same way", () => {
    const text = "各乡镇党委,县直各单位:\n1、各乡镇要加强安全检查;严禁违规动火作业!\n";
    const ex = extract(text);
    expect(ex.document.addressees).toEqual(["各乡镇党委", "县直各单位"]);
    expect(ex.items.map((i) => [i.text, i.modality])).toEqual([
      ["各乡镇要加强安全检查;", "obligation"],
      ["严禁违规动火作业!", "prohibition"],
    ]);
  });

  it("when lines are hard-wrapped mid-word, then words still match and the item spans the break", () => {
    const body =
      "各级党委（党组）要切实加强对疫情防控工作的统一领导、统一指挥、统一行动，确保组织体系高效协同。各级疫情防控工作领导小组要在本级党委的领导下，加强统筹协调。各级党委（党组）要及时向省委报告。";
    // Wrap every 17 characters, as a fixed-width copy would, so words are cut across lines.
    const wrapped = body.match(/.{1,17}/g)!.join("\n");
    const text = `${SALUTATION}\n1.${wrapped}\n`;
    const ex = extract(text);
    expect(ex.items.map((i) => i.text.replace(/\n/g, ""))).toEqual([
      "各级党委（党组）要切实加强对疫情防控工作的统一领导、统一指挥、统一行动，确保组织体系高效协同。",
      "各级疫情防控工作领导小组要在本级党委的领导下，加强统筹协调。",
      "各级党委（党组）要及时向省委报告。",
    ]);
    const last = ex.items[2]!;
    expect(last.text).toContain("\n");
    expect(last).toMatchObject({ level: "committee", recipient: "省委" });
    expect(ex.items[1]!.bearer.replace(/\n/g, "")).toBe("各级疫情防控工作领导小组");
  });

  it("when a news report quotes a notice, then its quoted demands are not items", () => {
    const text = [
      "本报讯（记者 张三）近日，省委办公厅印发《关于做好春耕工作的通知》（以下简称《通知》）。",
      "\u3000\u3000《通知》要求，各级党委（党组）要把春耕生产作为重要政治任务。要统筹做好疫情防控和春耕生产工作。",
      "\u3000\u3000省委农办主任李四说，各地要把《通知》要求落到实处。",
    ].join("\n");
    expect(extract(text).items).toEqual([]);
  });

  it("when a news report carries the notice's full text, then items come from the notice after its salutation", () => {
    const text = [
      "新华社某地1月15日电\u3000近日，市委办公室印发通知，要求各地各部门认真贯彻落实。",
      "\u3000\u3000各县（市、区）党委和人民政府，市委各部委：",
      "\u3000\u30001.市级各部门要严格执行年度发文计划。",
    ].join("\n");
    expect(extract(text).items.map((i) => i.text)).toEqual(["市级各部门要严格执行年度发文计划。"]);
  });

  it("when a leader's demands continue after the quote, then the continuation is quoted too", () => {
    const text = `${SALUTATION}一、提高站位\n会议强调，各级党组织要提高政治站位。要压实责任。\n各级党委（党组）要认真贯彻落实。`;
    const ex = extract(text);
    expect(ex.items.map((i) => i.text)).toEqual(["各级党委（党组）要认真贯彻落实。"]);
  });

  it("when a directive introduces an inline list (一是……；二是……), then each part is an item", () => {
    const text = `${SALUTATION}1.各乡镇党委要深入开展走访慰问活动，重点做好以下工作：一是走访慰问生活困难党员；二是走访慰问城乡低保对象；三是看望慰问一线医护人员。`;
    const ex = extract(text);
    expect(ex.items).toHaveLength(3);
    expect(ex.items.map((i) => i.bearerSource)).toEqual(["explicit", "inherited", "inherited"]);
  });

  it("when a short heading quotes a modal (“三个必须”), then it is still a heading", () => {
    const text = `${SALUTATION}\n（二）严格落实“三个必须”。对危险区群众，必须在强降雨来临前组织转移。`;
    const ex = extract(text);
    expect(ex.sections[0]?.heading).toBe("严格落实“三个必须”。");
    expect(ex.items.map((i) => i.text)).toEqual(["对危险区群众，必须在强降雨来临前组织转移。"]);
  });
});

describe("stable identity", () => {
  const text = `${SALUTATION}1.各级党委要加强领导。2.各级党委要加强宣传。3.各级党委要加强领导。`;

  it("when an exact sentence repeats, then the repeat gets an occurrence suffix", () => {
    const ids = extract(text).items.map((i) => i.id);
    expect(new Set(ids).size).toBe(3);
    expect(ids[2]).toBe(`${ids[0]}-2`);
  });

  it("when text is inserted before an item, then its id does not change", () => {
    const before = extract(text).items[1]!;
    const edited = text.replace("1.各级党委要加强领导。", "1.各级党委要加强领导。要加强培训。");
    const after = extract(edited).items.find((i) => i.text === before.text);
    expect(documentKey(edited)).not.toBe(documentKey(text));
    expect(after).toBeDefined();
    // A different document gives different ids; the same document the same ids.
    expect(extract(text).items[1]!.id).toBe(before.id);
  });

  it("when only whitespace or punctuation width differs, then the document key is the same", () => {
    expect(documentKey("各级党委要加强领导, 严禁迟报!")).toBe(
      documentKey("各级党委要加强领导，\n严禁迟报！"),
    );
    expect(documentKey("各级党委要加强领导。")).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe("rulings for real notices (docs/responsibility-model.md, 'Rulings for cases the seeds leave open')", () => {
  const NEWS = [
    "本报北京7月25日电 近日，中共某某省委办公厅印发《关于严明换届纪律的通知》，要求全省广大党员干部严格遵守换届纪律。全文如下：",
    "为确保换届风清气正，现就严明换届纪律通知如下：",
    "一、严禁拉票贿选；严禁跑官要官；不准干扰换届；一律不得突击提拔干部。",
    "二、非必要不外出，不跨区域流动。",
    "三、请各级党组织于8月1日前将学习情况报省委组织部。",
    "四、征集党员群众意见，列出问题清单，认真梳理和统计换届风气情况。",
    "五、把严明纪律贯穿于换届工作全过程。",
    "中共某某省委办公厅",
    "2021年7月20日",
  ].join("\n");

  it("when a news report carries the full text, then the notice after 全文如下 yields items and the lead none", () => {
    const ex = extract(NEWS);
    expect(itemCovering(ex, NEWS, "要求全省广大党员干部")).toBeUndefined();
    for (const quote of ["严禁拉票贿选", "严禁跑官要官", "不准干扰换届", "一律不得突击提拔干部"]) {
      const item = itemCovering(ex, NEWS, quote);
      expect(item?.modality, quote).toBe("prohibition");
      // No salutation: the group the lead says the notice binds is the addressees.
      expect(item?.bearer, quote).toBe("全省广大党员干部");
      expect(item?.level, quote).toBe("member");
    }
    expect(itemCovering(ex, NEWS, "非必要不外出")?.modality).toBe("prohibition");
    const request = itemCovering(ex, NEWS, "请各级党组织");
    expect(request?.bearer).toBe("各级党组织");
    expect(request?.types).toEqual(["reporting"]);
    expect(itemCovering(ex, NEWS, "征集党员群众意见")).toBeDefined();
    expect(itemCovering(ex, NEWS, "把严明纪律贯穿于")).toBeDefined();
    const rules = ex.units.filter((u) => u.itemId).map((u) => u.rule);
    expect(rules).toContain("request");
    expect(rules).toContain("imperative");
  });

  it("when a report has no full text, then nothing in it is an item and its units say why", () => {
    const text =
      "新华社江岭1月15日电　近日，江岭市委印发通知，要求全市广大党员干部严守纪律。通知要求，各级党组织要加强监督检查。";
    const ex = extract(text);
    expect(ex.items).toHaveLength(0);
    expect(ex.units.every((u) => u.rule === "news-report")).toBe(true);
  });

  const HOSPITAL = [
    "关于春节期间工作安排的通知",
    "各科室:",
    "一、各科室在放假前要组织一次安全大检查。",
    "二、全院职工要保持手机24小时开机状态。",
    "三、带班领导外出期间要安排其他领导履行值班职责。",
    "四、对违反值班纪律的单位和个人,要依纪依规严肃查处。",
    "五、节日放假,但纪律意识不能放假;鼓励职工就地过年。",
    "六、员工离开本市一天以上者,须向科室负责人报备。",
    "XX县中医院",
    "2021年2月6日",
  ].join("\n");

  it("when a hospital directs its departments and staff, then departments are grassroots and staff members", () => {
    const ex = extract(HOSPITAL);
    expect(itemCovering(ex, HOSPITAL, "各科室在放假前")).toMatchObject({
      bearer: "各科室",
      bearerSource: "explicit",
      level: "grassroots",
    });
    expect(itemCovering(ex, HOSPITAL, "全院职工要保持")?.level).toBe("member");
    const leader = itemCovering(ex, HOSPITAL, "带班领导外出期间");
    expect(leader).toMatchObject({ bearer: "带班领导", level: "member" });
    expect(leader?.types).toContain("staffing");
    expect(itemCovering(ex, HOSPITAL, "员工离开本市")).toMatchObject({ level: "member" });
  });

  it("when a sanction only the issuer can impose, a slogan or an encouragement stands alone, then it is no item", () => {
    const ex = extract(HOSPITAL);
    const ruleOf = (quote: string) => ruleAt(ex, HOSPITAL, quote);
    expect(itemCovering(ex, HOSPITAL, "严肃查处")).toBeUndefined();
    expect(ruleOf("严肃查处")).toBe("issuer-sanction");
    expect(itemCovering(ex, HOSPITAL, "纪律意识不能放假")).toBeUndefined();
    expect(ruleOf("纪律意识不能放假")).toBe("slogan");
    expect(ruleOf("鼓励职工就地过年")).toBe("encouragement");
  });

  it("when 1、2、 sit under （一） with a bearer, then they inherit from the enclosing part and say so", () => {
    const text = [
      "各党支部：",
      "一、工作要求",
      "（一）各党支部要严格程序。",
      "1.认真梳理入党申请人名单。",
      "2.按时上报统计表。",
      "中共某某委员会",
      "2021年3月1日",
    ].join("\n");
    const ex = extract(text);
    const item = itemCovering(ex, text, "认真梳理入党申请人名单");
    expect(item).toMatchObject({ bearer: "各党支部", bearerSource: "inherited" });
    const unit = ex.units.find((u) => u.itemId === item?.id);
    expect(unit?.bearerPath?.map((step) => step.step)).toEqual([
      "unit",
      "section",
      "enclosing-section",
    ]);
  });

  it("when a preamble binds a group and there is no salutation, then items with no bearer take that group", () => {
    const text =
      "为严明节日纪律，现就全校所有党员干部、教职员工节日期间有关纪律要求通知如下：\n一、不准违规收送礼品礼金。\n二、严禁公款吃喝。";
    const ex = extract(text);
    const item = itemCovering(ex, text, "不准违规收送礼品礼金");
    expect(item?.bearerSource).toBe("addressees");
    expect(item?.level).toBe("member");
    expect(item?.modality).toBe("prohibition");
  });

  it("when a company issues a notice, then its own departments are sub-units; a committee's are organs", () => {
    const company =
      "各部（室）、各子公司：\n一、各部门要做好值班安排。\n某某集团有限公司\n2013年3月20日";
    expect(itemCovering(extract(company), company, "各部门要做好")?.level).toBe("grassroots");
    const province =
      "各市（州）党委：\n一、省直各部门要做好值班安排。\n中共某某省委\n2020年1月29日";
    expect(itemCovering(extract(province), province, "省直各部门要做好")?.level).toBe("committee");
  });

  it("when a quota or cap is set, then it is a directive: caps are prohibitions", () => {
    const text =
      "各党支部：\n1.评为优秀的一般不超过参评党员数的三分之一；\n2.党支部参评率应达到100%。\n中共某某委员会\n2019年1月9日";
    const ex = extract(text);
    expect(itemCovering(ex, text, "一般不超过")?.modality).toBe("prohibition");
    expect(itemCovering(ex, text, "参评率应达到")).toBeDefined();
  });
});

describe("the issuer's own acts and programme lists", () => {
  it("when a college's discipline committee names itself by its short name, then its acts are no items", () => {
    const text = [
      "中共某某学院纪律检查委员会关于五一期间严守纪律的通知",
      "各党支部：",
      "一、各党支部要加强教育提醒。",
      "二、学校纪委强化监督执纪问责，对顶风违纪的严肃查处。",
      "三、局办公室将随时抽查各单位值班情况。",
      "中共某某学院纪律检查委员会",
      "2020年4月28日",
    ].join("\n");
    const ex = extract(text);
    expect(itemCovering(ex, text, "各党支部要加强教育提醒")).toBeDefined();
    expect(itemCovering(ex, text, "学校纪委强化监督执纪问责")).toBeUndefined();
    expect(itemCovering(ex, text, "局办公室将随时抽查")).toBeUndefined();
  });

  it("when a title line names the issuer and no signature does, then the document's issuer is the title's", () => {
    const text =
      "中国矿业大学总务部党委关于举办合唱比赛的通知\n各党支部：\n一、各党支部要精心组织。";
    expect(extract(text).document.issuer).toBe("中国矿业大学总务部党委");
  });

  it("when an agenda follows its label, then its numbered lines are left out as agenda, and the note after them is not", () => {
    const text = [
      "各党支部：",
      "一、会议安排",
      "会议议程：",
      "(1)学习传达上级有关文件精神；",
      "(2)各支部书记作交流发言。",
      "请参会人员提前10分钟入场。",
      "二、各党支部要按时报送材料。",
    ].join("\n");
    const ex = extract(text);
    const ruleOf = (quote: string) => ruleAt(ex, text, quote);
    expect(ruleOf("学习传达上级有关文件精神")).toBe("agenda");
    expect(ruleOf("各支部书记作交流发言")).toBe("agenda");
    expect(itemCovering(ex, text, "请参会人员提前10分钟入场")?.level).toBe("member");
    expect(itemCovering(ex, text, "各党支部要按时报送材料")).toBeDefined();
  });
});
