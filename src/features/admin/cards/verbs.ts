/** The admin cards' action verbs, checked against the schemas in ../forms.ts. */
export const ADMIN_OPEN = 'admin.open';
export const ADMIN_NETWORK_SAVE = 'admin.network.save';
export const ADMIN_MUNICIPALITY_SAVE = 'admin.municipality.save';
export const ADMIN_COLLABORATION_SAVE = 'admin.collaboration.save';
export const ADMIN_PEOPLE = 'admin.people';
export const ADMIN_ROLE_REVOKE = 'admin.role.revoke';
export const ADMIN_MUNICIPALITY_REMOVE = 'admin.municipality.remove';
export const ADMIN_ROLE_GRANT = 'admin.role.grant';
export const ADMIN_NETWORK = 'admin.network';
export const ADMIN_INVITATION_WITHDRAW = 'admin.invitation.withdraw';
