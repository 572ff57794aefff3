import { StyleSheet } from '@react-pdf/renderer';

/** The pack's palette: calm ink on white, one accent, series colours that stay apart in print. */
export const pdfColors = {
  ink: '#1f2933', muted: '#667085', rule: '#e4e7ec', band: '#f4f6f8', accent: '#2f5fb3', warn: '#b54708', warnBand: '#fef6e7',
  series: ['#2f5fb3', '#2e9e6b', '#d08a1d', '#c4453c', '#7a5af8'],
};

/** Styles of every element the PDF renderer draws. */
export const pdfStyles = StyleSheet.create({
  page: { paddingTop: 54, paddingBottom: 52, paddingHorizontal: 44, fontFamily: 'Helvetica', fontSize: 9.5, color: pdfColors.ink },
  header: { position: 'absolute', top: 22, left: 44, right: 44, flexDirection: 'row', justifyContent: 'space-between', borderBottomWidth: 0.75, borderBottomColor: pdfColors.rule, paddingBottom: 5, fontSize: 8, color: pdfColors.muted },
  headerStrong: { fontFamily: 'Helvetica-Bold', color: pdfColors.ink },
  footer: { position: 'absolute', bottom: 22, left: 44, right: 44, flexDirection: 'row', justifyContent: 'space-between', fontSize: 7.5, color: pdfColors.muted },
  pageNumber: { position: 'absolute', bottom: 22, left: 44, right: 44, textAlign: 'right', fontSize: 7.5, color: pdfColors.muted },
  title: { fontFamily: 'Helvetica-Bold', fontSize: 20, lineHeight: 1.25, marginBottom: 4 },
  subtitle: { fontSize: 11, lineHeight: 1.3, color: pdfColors.muted, marginBottom: 10 },
  section: { marginTop: 14 },
  sectionTitle: { fontFamily: 'Helvetica-Bold', fontSize: 12.5, color: pdfColors.accent, borderBottomWidth: 1, borderBottomColor: pdfColors.accent, paddingBottom: 3, marginBottom: 7 },
  heading: { fontFamily: 'Helvetica-Bold', fontSize: 10.5, marginTop: 8, marginBottom: 4 },
  // Line heights sit on each text style: on the page they hide render-prop texts (page numbers) in react-pdf 4.9.
  paragraph: { marginBottom: 5, lineHeight: '13pt' },
  muted: { color: pdfColors.muted },
  warning: { color: pdfColors.warn, backgroundColor: pdfColors.warnBand, padding: 5, fontFamily: 'Helvetica-Bold' },
  facts: { flexDirection: 'row', flexWrap: 'wrap', marginTop: 4, marginBottom: 4 },
  fact: { width: '33.33%', paddingRight: 8, marginBottom: 7 },
  factLabel: { fontSize: 7, color: pdfColors.muted, textTransform: 'uppercase', letterSpacing: 0.4 },
  factValue: { fontSize: 11, fontFamily: 'Helvetica-Bold' },
  table: { marginBottom: 6, borderTopWidth: 0.75, borderTopColor: pdfColors.rule },
  row: { flexDirection: 'row', borderBottomWidth: 0.75, borderBottomColor: pdfColors.rule },
  headRow: { flexDirection: 'row', backgroundColor: pdfColors.band, borderBottomWidth: 0.75, borderBottomColor: pdfColors.rule },
  highlightRow: { backgroundColor: pdfColors.warnBand },
  cell: { paddingVertical: 3.5, paddingHorizontal: 4, lineHeight: '12.5pt' },
  headCell: { paddingVertical: 3.5, paddingHorizontal: 4, fontFamily: 'Helvetica-Bold', fontSize: 8, color: pdfColors.muted },
  bullet: { flexDirection: 'row', marginBottom: 2.5, lineHeight: '13pt' },
  bulletMark: { width: 10, color: pdfColors.accent },
  chart: { marginVertical: 6 },
  chartTitle: { fontFamily: 'Helvetica-Bold', fontSize: 9, marginBottom: 3 },
  legend: { flexDirection: 'row', flexWrap: 'wrap', marginTop: 2 },
  legendItem: { flexDirection: 'row', alignItems: 'center', marginRight: 10, fontSize: 7.5, color: pdfColors.muted },
  legendSwatch: { width: 8, height: 8, marginRight: 3 },
});
