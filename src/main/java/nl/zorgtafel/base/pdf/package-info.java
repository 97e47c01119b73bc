/**
 * PDF documents from XHTML (openhtmltopdf on PDFBox): PDF/A-2u with embedded DejaVu fonts and
 * right-to-left runs shaped and reordered by ICU4J. Shared by the minutes, letters, reports and
 * registration drafts.
 */
package nl.zorgtafel.base.pdf;
