package io.github.bitaxemonitor.alerts;

import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Properties;

/** One plain-text mail per alert over SMTP (Angus Mail), with STARTTLS required when the config asks for it. */
final class EmailNotifier implements Notifier {
    private final NotifierSpec spec;
    private final Session session;

    EmailNotifier(NotifierSpec spec) {
        this.spec = spec;
        NotifierSpec.Email e = spec.email();
        Properties p = new Properties();
        p.put("mail.smtp.host", e.host());
        p.put("mail.smtp.port", Integer.toString(e.port()));
        String ms = Long.toString(spec.timeout().toMillis());
        p.put("mail.smtp.connectiontimeout", ms);
        p.put("mail.smtp.timeout", ms);
        p.put("mail.smtp.writetimeout", ms);
        p.put("mail.smtp.starttls.enable", Boolean.toString(e.starttls()));
        p.put("mail.smtp.starttls.required", Boolean.toString(e.starttls()));
        boolean auth = e.username() != null && spec.secret() != null;
        p.put("mail.smtp.auth", Boolean.toString(auth));
        session = auth ? Session.getInstance(p, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(e.username(), spec.secret().reveal());
            }
        }) : Session.getInstance(p);
    }

    @Override
    public String name() {
        return spec.name();
    }

    @Override
    public void send(Alert a) throws Exception {
        try {
            MimeMessage m = new MimeMessage(session);
            m.setFrom(new InternetAddress(spec.email().from()));
            for (String to : spec.email().to()) {
                m.addRecipient(Message.RecipientType.TO, new InternetAddress(to));
            }
            m.setSubject("bitaxe-monitor: " + a.title(), "UTF-8");
            m.setText(a.title() + "\n\ntime: " + a.time() + "\nrule: " + a.rule() + "\nminer: " + a.miner()
                    + (a.address().isEmpty() ? "" : " (" + a.address() + ")") + "\n", "UTF-8");
            Transport.send(m);
        } catch (MessagingException e) {
            String why = Dispatcher.why(e);
            throw new IOException(spec.secret() == null ? why : spec.secret().redact(why));
        }
    }
}
