/**
 * What every API shares: problem+json errors for bad input, unknown paths and failures, so nothing answers with a
 * bare 500 or an HTML page.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.vidan.web;
