/**
 * Email notifications through an outbox: tasks offered to a group or given to a person, reminders
 * before a due date, escalations when overdue, decisions on a person's request, and daily digests.
 * Messages are written in the business transaction and sent by SMTP after it commits; with email
 * switched off they are only shown in the application.
 */
package uk.gov.council.socialgov.notifications;
