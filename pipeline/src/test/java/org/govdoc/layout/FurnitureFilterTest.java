package org.govdoc.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FurnitureFilterTest {

    private static final FurnitureFilter FURNITURE = new FurnitureFilter(LayoutConfig.DEFAULTS);

    @Test
    void recognisesTheUsualPageNumberStyles() {
        assertThat(List.of("－ 3 －", "- 3 -", "— 12 —", "3", "第3页 共8页", "第 3 页", "共8页 第3页", "3/8", "Page 3 of 8"))
                .allMatch(FurnitureFilter::isPageNumber);
        assertThat(List.of("2023年5月4日", "一、总体目标", "3.全面落实", "第三条", "附件3"))
                .noneMatch(FurnitureFilter::isPageNumber);
    }

    private static PageContent page(int n, String header, String body, String footer) {
        List<TextBox> boxes = new ArrayList<>();
        if (header != null) {
            boxes.addAll(Boxes.text(header, 200, 40, 10));
        }
        boxes.addAll(Boxes.text(body, 90, 300, 12));
        boxes.addAll(Boxes.text(footer, 280, 790, 12));
        return new PageContent(n, 595, 842, boxes, List.of());
    }

    @Test
    void dropsPageNumbersAndAHeaderRepeatedOnMostPagesButKeepsTheBody() {
        List<PageContent> pages = List.of(
                page(1, "东川区人民政府办公室", "第一页正文", "－ 1 －"),
                page(2, "东川区人民政府办公室", "第二页正文", "－ 2 －"),
                page(3, null, "第三页正文", "第3页 共3页"));
        List<List<TextLine>> lines = new ArrayList<>();
        for (PageContent p : pages) {
            lines.add(new LineBuilder(LayoutConfig.DEFAULTS).lines(p.boxes()));
        }
        List<List<TextLine>> kept = FURNITURE.filter(pages, lines);
        assertThat(kept).allSatisfy(page -> assertThat(page).hasSize(1));
        assertThat(kept.get(1).get(0).text()).isEqualTo("第二页正文");
    }

    @Test
    void aTitleAtTheTopOfOnePageIsNotFurniture() {
        List<PageContent> pages = List.of(
                page(1, "关于印发工作方案的通知", "正文", "1"),
                page(2, null, "正文二", "2"));
        List<List<TextLine>> lines = new ArrayList<>();
        for (PageContent p : pages) {
            lines.add(new LineBuilder(LayoutConfig.DEFAULTS).lines(p.boxes()));
        }
        List<List<TextLine>> kept = FURNITURE.filter(pages, lines);
        assertThat(kept.get(0)).extracting(TextLine::text).containsExactly("关于印发工作方案的通知", "正文");
    }

    @Test
    void aNumberInATableCellAtTheFootOfThePageIsNotAPageNumber() {
        List<TextBox> boxes = new ArrayList<>(Boxes.text("20", 300, 750, 10));
        List<Rule> rules = List.of(Rule.vertical(290, 700, 780), Rule.vertical(400, 700, 780),
                Rule.horizontal(700, 290, 400), Rule.horizontal(780, 290, 400));
        PageContent page = new PageContent(1, 595, 842, boxes, rules);
        List<List<TextLine>> kept = FURNITURE.filter(List.of(page), List.of(new LineBuilder(LayoutConfig.DEFAULTS).lines(boxes)));
        assertThat(kept.get(0)).extracting(TextLine::text).containsExactly("20");
    }

    @Test
    void aPageNumberOnTheBaselineOfTextRunningIntoTheFooterBandIsDroppedAndTheTextKept() {
        // a borderless table's long cell runs down into the footer band, level with the page number
        List<TextBox> boxes = new ArrayList<>(Boxes.text("－ 2 －", 72, 790, 12));
        boxes.addAll(Boxes.text("响的，本项", 428, 790, 10.5f));
        boxes.addAll(Boxes.text("正文", 90, 300, 12));
        PageContent page = new PageContent(2, 595, 842, boxes, List.of());
        List<List<TextLine>> kept = FURNITURE.filter(List.of(page), List.of(new LineBuilder(LayoutConfig.DEFAULTS).lines(boxes)));
        assertThat(kept.get(0)).extracting(TextLine::text).containsExactly("正文", "响的，本项");
        assertThat(kept.get(0).get(1).x0).isEqualTo(428f);
    }

    @Test
    void aNumberInTheSameSizeAsTheTextBesideItIsNotTakenForAPageNumber() {
        // a total row at the foot of a borderless table: "合计   20" in one size
        List<TextBox> boxes = new ArrayList<>(Boxes.text("合计", 100, 790, 10.5f));
        boxes.addAll(Boxes.text("20", 300, 790, 10.5f));
        PageContent page = new PageContent(1, 595, 842, boxes, List.of());
        List<List<TextLine>> kept = FURNITURE.filter(List.of(page), List.of(new LineBuilder(LayoutConfig.DEFAULTS).lines(boxes)));
        assertThat(kept.get(0)).hasSize(1);
        assertThat(kept.get(0).get(0).segments(LayoutConfig.DEFAULTS.cellGapEm())).extracting(TextLine::text).containsExactly("合计", "20");
    }

    @Test
    void thePagesOwnNumberInsideATallRuledRowDrawnPastTheFootIsDropped() {
        // page 1: the page number under the text; page 2: a ruled row runs past the foot, around it
        List<TextBox> first = new ArrayList<>(Boxes.text("正文", 90, 300, 12));
        first.addAll(Boxes.text("－ 1 －", 280, 800, 12));
        List<TextBox> second = new ArrayList<>(Boxes.text("产出指标", 80, 760, 10.5f));
        second.addAll(Boxes.text("－ 2 －", 280, 800, 12));
        second.addAll(Boxes.text("2", 460, 780, 10.5f)); // a cell holding the page's number, elsewhere: kept
        List<Rule> rules = List.of(Rule.vertical(72, 700, 830), Rule.vertical(520, 700, 830),
                Rule.horizontal(700, 72, 520), Rule.horizontal(830, 72, 520));
        List<PageContent> pages = List.of(new PageContent(1, 595, 842, first, List.of()), new PageContent(2, 595, 842, second, rules));
        List<List<TextLine>> kept = FURNITURE.filter(pages, List.of(new LineBuilder(LayoutConfig.DEFAULTS).lines(first), new LineBuilder(LayoutConfig.DEFAULTS).lines(second)));
        assertThat(kept.get(0)).extracting(TextLine::text).containsExactly("正文");
        assertThat(kept.get(1)).extracting(TextLine::text).containsExactly("产出指标", "2");
    }
}
