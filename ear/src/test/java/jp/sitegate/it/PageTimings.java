package jp.sitegate.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import jp.sitegate.bench.ScaleLoad;
import org.openqa.selenium.By;

/**
 * Page timings on the demo with the 34 bureau workbooks imported (issue 14, BENCHMARKS.md "Page timings"): imports
 * them into a running {@code mvn -Prun package} (unless {@code -Dtimings.import=false}), then opens every page of
 * every role of {@link EveryPageBrowserIT} three times in headless Chromium (navigation start to the load event's
 * end), and times the MR list's stored-status filter for Hokkaido (36,000 facilities): from pressing 検索 to the
 * table showing the answer. Prints a Markdown table and writes it to {@code target/page-timings-34.md}. Run with
 * {@code mvn -B -Ptimings -DskipTests verify} (ear/pom.xml).
 */
public final class PageTimings {
    private PageTimings() {
    }

    /**
     * @param args none
     * @throws Exception when the server cannot be reached or a page does not load
     */
    public static void main(String[] args) throws Exception {
        StringBuilder out = new StringBuilder();
        if (Boolean.parseBoolean(System.getProperty("timings.import", "true"))) {
            double all = 0;
            List<ScaleLoad.Imported> files = ScaleLoad.importAll(ScaleLoad.realdata());
            for (ScaleLoad.Imported f : files) {
                all += f.seconds();
            }
            out.append(String.format(Locale.ROOT, "Imported %d workbooks in %.0f s before measuring.%n%n",
                    files.size(), all));
        }
        Map<String, List<Double>> timings = new TreeMap<>();
        for (Map.Entry<String, List<String>> role : EveryPageBrowserIT.PAGES.entrySet()) {
            try (Browser b = new Browser()) {
                b.login(role.getKey());
                for (int i = 0; i < 3; i++) {
                    for (String page : role.getValue()) {
                        b.open(page);
                        timings.computeIfAbsent(page.replaceAll("[?&]code=\\d+", ""), k -> new ArrayList<>())
                                .add(b.lastNavigationMs());
                    }
                }
            }
        }
        out.append("| page | loads | p50 ms | max ms |\n|---|---|---|---|\n");
        timings.forEach((page, ms) -> out.append(row(page, ms)));
        out.append("\nMR list, stored-status filter, prefecture 北海道, all facilities (not only assigned), "
                + "from 検索 to the answer shown:\n\n| filter — answer | runs | p50 ms | max ms |\n|---|---|---|---|\n");
        try (Browser b = new Browser()) {
            b.login("mr1");
            for (String[] filter : new String[][] {{"ルンスミオ点滴静注: 納入不可", "NOT_ELIGIBLE"},
                {"ルンスミオ点滴静注: 未評価", "NONE"}, {"すべて", "any"}}) {
                List<Double> ms = new ArrayList<>();
                String answer = "";
                for (int i = 0; i < 3; i++) {
                    b.open("mr/facilities.xhtml");
                    b.selectOneMenu("list:prefecture", "北海道");
                    b.selectOneMenu("list:status", filter[0]);
                    if (b.driver.findElement(By.cssSelector("#list\\:assignedOnly .ui-chkbox-box"))
                            .getAttribute("class").contains("ui-state-active")) {
                        b.click("#list\\:assignedOnly .ui-chkbox-box");
                    }
                    String before = b.text("#list\\:table");
                    long t0 = System.nanoTime();
                    b.click("#list\\:search");
                    b.wait.until(d -> !d.findElement(By.id("list:table")).getText().equals(before));
                    ms.add((System.nanoTime() - t0) / 1e6);
                    answer = b.text("#list\\:table .ui-paginator-current");
                }
                out.append(row(filter[1] + " — " + answer, ms));
            }
        }
        System.out.println(out);
        Path file = Path.of(System.getProperty("timings.out", "target/page-timings-34.md"));
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, out.toString());
        System.out.println("wrote " + file.toAbsolutePath());
    }

    private static String row(String name, List<Double> ms) {
        List<Double> sorted = new ArrayList<>(ms);
        sorted.sort(null);
        return String.format(Locale.ROOT, "| `%s` | %d | %.0f | %.0f |%n", name, ms.size(), sorted.get(sorted.size() / 2),
                sorted.get(sorted.size() - 1));
    }
}
