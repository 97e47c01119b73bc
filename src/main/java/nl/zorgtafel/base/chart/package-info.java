/**
 * Charts for screens and PDFs from one immutable {@link nl.zorgtafel.base.chart.ChartData}: drawn
 * on the server as PNG with JFreeChart in DejaVu Sans, shown with a data table beside them.
 * Shared by reports and the Inzicht screens; depends on no feature.
 */
package nl.zorgtafel.base.chart;
