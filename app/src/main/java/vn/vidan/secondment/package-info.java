/**
 * Secondment waves ("Tôi làm Công an xã"): plan, match, approve, deploy, report, evaluate. Serves
 * SecondmentWaveProcess. {@link vn.vidan.secondment.SecondmentMatcher} proposes which nominated officer goes to which
 * commune, and explains every assignment.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Secondment waves")
package vn.vidan.secondment;
