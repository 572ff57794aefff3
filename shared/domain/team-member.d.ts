import { z } from 'zod';
/** Roles of people on a customer-relations team. */
export declare const teamRoles: readonly ["manager", "coordinator", "specialist", "lead"];
/** The synced fields of a team member. */
export declare const teamMemberFields: {
    name: z.ZodString;
    email: z.ZodUnion<readonly [z.ZodLiteral<"">, z.ZodEmail]>;
    role: z.ZodEnum<{
        manager: "manager";
        coordinator: "coordinator";
        specialist: "specialist";
        lead: "lead";
    }>;
    userId: z.ZodNullable<z.ZodString>;
    deleted: z.ZodBoolean;
};
/** A person on the team who can own accounts, commitments and outreach. */
export declare const teamMemberSchema: z.ZodObject<{
    name: z.ZodString;
    email: z.ZodUnion<readonly [z.ZodLiteral<"">, z.ZodEmail]>;
    role: z.ZodEnum<{
        manager: "manager";
        coordinator: "coordinator";
        specialist: "specialist";
        lead: "lead";
    }>;
    userId: z.ZodNullable<z.ZodString>;
    deleted: z.ZodBoolean;
    id: z.ZodString;
}, z.core.$strip>;
/** A person on the team who can own accounts, commitments and outreach. */
export type TeamMember = z.infer<typeof teamMemberSchema>;
