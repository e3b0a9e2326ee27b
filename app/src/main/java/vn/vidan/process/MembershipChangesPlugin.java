package vn.vidan.process;

import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.IdentityOperationResult;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Tells {@link CamundaMemberships} whenever a membership, a group or a tenant changes through the engine, whoever
 * changes it (the directory sync, Camunda Admin, {@code /engine-rest}): Camunda's own identity store, with every
 * change also forgetting the remembered groups at once and again when the change commits (a look-up between the two
 * could still read the old rows).
 */
@Component
class MembershipChangesPlugin extends AbstractProcessEnginePlugin {

	private static final Logger log = LoggerFactory.getLogger(MembershipChangesPlugin.class);

	private final CamundaMemberships memberships;

	MembershipChangesPlugin(CamundaMemberships memberships) {
		this.memberships = memberships;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		if (configuration.getIdentityProviderSessionFactory() != null) {
			log.warn("Another identity provider is configured: remembered Camunda groups expire but are not dropped "
					+ "when memberships change");
			return;
		}
		configuration.setIdentityProviderSessionFactory(new SessionFactory() {

			@Override
			public Class<?> getSessionType() {
				return WatchedIdentityProvider.class;
			}

			@Override
			public Session openSession() {
				return new WatchedIdentityProvider(memberships);
			}

		});
	}

	/** Camunda's database identity provider, reporting each change of who belongs where. */
	static class WatchedIdentityProvider extends DbIdentityServiceProvider {

		private final CamundaMemberships memberships;

		WatchedIdentityProvider(CamundaMemberships memberships) {
			this.memberships = memberships;
		}

		@Override
		public IdentityOperationResult saveGroup(Group group) {
			return changed(super.saveGroup(group));
		}

		@Override
		public IdentityOperationResult deleteGroup(String groupId) {
			return changed(super.deleteGroup(groupId));
		}

		@Override
		public IdentityOperationResult deleteUser(String userId) {
			return changed(super.deleteUser(userId));
		}

		@Override
		public IdentityOperationResult createMembership(String userId, String groupId) {
			return changed(super.createMembership(userId, groupId));
		}

		@Override
		public IdentityOperationResult deleteMembership(String userId, String groupId) {
			return changed(super.deleteMembership(userId, groupId));
		}

		@Override
		public IdentityOperationResult deleteTenant(String tenantId) {
			return changed(super.deleteTenant(tenantId));
		}

		@Override
		public IdentityOperationResult createTenantUserMembership(String tenantId, String userId) {
			return changed(super.createTenantUserMembership(tenantId, userId));
		}

		@Override
		public IdentityOperationResult createTenantGroupMembership(String tenantId, String groupId) {
			return changed(super.createTenantGroupMembership(tenantId, groupId));
		}

		@Override
		public IdentityOperationResult deleteTenantUserMembership(String tenantId, String userId) {
			return changed(super.deleteTenantUserMembership(tenantId, userId));
		}

		@Override
		public IdentityOperationResult deleteTenantGroupMembership(String tenantId, String groupId) {
			return changed(super.deleteTenantGroupMembership(tenantId, groupId));
		}

		private IdentityOperationResult changed(IdentityOperationResult result) {
			memberships.forgetAll();
			CommandContext command = Context.getCommandContext();
			if (command != null) {
				command.getTransactionContext()
					.addTransactionListener(TransactionState.COMMITTED, committed -> memberships.forgetAll());
			}
			return result;
		}

	}

}
