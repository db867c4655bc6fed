package uk.gov.council.socialgov.notifications;

import jakarta.inject.Singleton;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import java.util.Date;
import java.util.Properties;

/** Hands one message to the SMTP server, with a plain-text and an HTML part. */
@Singleton
class MailSender {

    private final MailProperties mail;
    private final Session session;

    MailSender(MailProperties mail) {
        this.mail = mail;
        Properties properties = new Properties();
        properties.put("mail.smtp.host", mail.host());
        properties.put("mail.smtp.port", String.valueOf(mail.port()));
        properties.put("mail.smtp.auth", String.valueOf(authenticates(mail)));
        properties.put("mail.smtp.starttls.enable", String.valueOf(mail.startTls()));
        properties.put("mail.smtp.starttls.required", String.valueOf(mail.startTls()));
        // A slow or silent server must not hold the outbox's rows for long.
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.writetimeout", "10000");
        this.session = Session.getInstance(properties);
    }

    void send(Notification notification) throws MessagingException {
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                // The same id on a resend lets mail systems drop a duplicate after a crash mid-send.
                setHeader("Message-ID", "<" + notification.id() + "@socialgov>");
            }
        };
        message.setFrom(new InternetAddress(mail.from()));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(notification.email(), true));
        message.setSubject(notification.subject(), "UTF-8");
        message.setSentDate(new Date());
        MimeBodyPart text = new MimeBodyPart();
        text.setText(notification.textBody(), "UTF-8");
        MimeBodyPart html = new MimeBodyPart();
        html.setContent(notification.htmlBody(), "text/html; charset=UTF-8");
        message.setContent(new MimeMultipart("alternative", text, html));
        if (authenticates(mail)) {
            Transport.send(message, mail.username(), mail.password());
        } else {
            Transport.send(message);
        }
    }

    private static boolean authenticates(MailProperties mail) {
        return mail.username() != null && !mail.username().isBlank();
    }
}
