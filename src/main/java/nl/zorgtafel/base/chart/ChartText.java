package nl.zorgtafel.base.chart;

/**
 * Where the chart's own words come from: a component's {@code getTranslation}, or the bundle
 * for a PDF's language. Keeps this package free of any UI or locale lookup of its own.
 */
@FunctionalInterface
public interface ChartText {

    String get(String key, Object... params);
}
