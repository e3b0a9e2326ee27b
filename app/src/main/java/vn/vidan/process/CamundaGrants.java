package vn.vidan.process;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.springframework.stereotype.Component;

/** Grants a Camunda permission to a group once: a second call with the same grant changes nothing. */
@Component
public class CamundaGrants {

	private final AuthorizationService authorizations;

	CamundaGrants(AuthorizationService authorizations) {
		this.authorizations = authorizations;
	}

	/** @return 1 when something was written, 0 when the group already had the permission */
	public int grant(String groupId, Resource resource, String resourceId, Permission permission) {
		List<Authorization> existing = authorizations.createAuthorizationQuery()
			.authorizationType(Authorization.AUTH_TYPE_GRANT)
			.groupIdIn(groupId)
			.resourceType(resource)
			.resourceId(resourceId)
			.list();
		if (existing.stream().anyMatch(authorization -> authorization.isPermissionGranted(permission))) {
			return 0;
		}
		Authorization authorization = existing.isEmpty()
				? authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT) : existing.get(0);
		authorization.setGroupId(groupId);
		authorization.setResource(resource);
		authorization.setResourceId(resourceId);
		authorization.addPermission(permission);
		authorizations.saveAuthorization(authorization);
		return 1;
	}

}
