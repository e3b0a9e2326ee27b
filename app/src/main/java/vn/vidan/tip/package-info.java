/**
 * Tip reports (tin báo, tố giác tội phạm, phản ánh về an ninh trật tự): intake at the desk, by phone, through another
 * unit or anonymously online; triage by the duty officer, verification and resolution by the area officer, approval
 * by the unit leader, transfer of crime reports to the investigating agency. Serves {@code TipReportProcess}. The
 * reporter's identity lives only in the encrypted {@link vn.vidan.tip.ReporterVault}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tip reports")
package vn.vidan.tip;
