/**
 * Process designers (vai trò thiết kế quy trình): deploying from Camunda Modeler with the forms and decisions a model
 * names, the deployment rules checked before anything runs, and the answers in the shape Modeler shows. Serves every
 * process; officers may not deploy.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Process design")
package vn.vidan.design;
