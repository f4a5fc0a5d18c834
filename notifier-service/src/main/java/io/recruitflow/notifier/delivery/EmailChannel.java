package io.recruitflow.notifier.delivery;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.recruitflow.notifier.notification.Notification;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.web.util.HtmlUtils;

/**
 * Sends a notification as an e-mail over SMTP: {@code multipart/alternative} with a plain-text and an
 * HTML part built from the same sections, every piece of candidate-provided text HTML-escaped. The
 * {@code Message-ID} is derived from the delivery id, so a retried delivery carries the same one and
 * mail systems and readers can recognise it; {@code X-RecruitFlow-Delivery-Id} carries the id itself.
 *
 * <p>Failures: authentication, malformed messages and addresses the server rejects for good (5xx) are
 * permanent; connection problems, timeouts and temporary SMTP replies (4xx) are worth retrying.
 */
final class EmailChannel implements Channel {

    static final String DELIVERY_ID_HEADER = "X-RecruitFlow-Delivery-Id";
    private static final int EVIDENCE_LINES = 5;

    private final JavaMailSender sender;
    private final InternetAddress from;
    private final InternetAddress[] to;

    EmailChannel(JavaMailSender sender, String from, List<String> to) {
        this.sender = sender;
        this.from = address(from, "from");
        this.to = new InternetAddress[to.size()];
        for (int i = 0; i < to.size(); i++) {
            this.to[i] = address(to.get(i), "to[" + i + "]");
        }
    }

    @Override
    public DeliveryAttempt deliver(Notification notification, int attempt) {
        long start = System.nanoTime();
        try {
            sender.send(message(notification));
            return DeliveryAttempt.delivered(null, since(start));
        } catch (MessagingException unbuildable) {
            return DeliveryAttempt.permanentFailure(null, "the message could not be built ("
                    + unbuildable.getClass().getSimpleName() + ")", since(start));
        } catch (MailException failed) {
            return failure(failed, since(start));
        }
    }

    MimeMessage message(Notification n) throws MessagingException {
        Body body = Body.of(n);
        MimeMessage message = sender.createMimeMessage();
        message.setFrom(from);
        message.setRecipients(Message.RecipientType.TO, to);
        String subject = "[RecruitFlow] " + NotificationText.headline(n, n.candidateLabel())
                + (n.requiresHumanReview() ? " (needs review)" : "");
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        // JavaMailSenderImpl keeps an explicitly set Message-ID instead of generating a fresh one.
        message.setHeader("Message-ID", messageId(n.deliveryId()));
        message.setHeader(DELIVERY_ID_HEADER, NotificationText.oneLine(n.deliveryId()));
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(body.plain(), StandardCharsets.UTF_8.name());
        MimeBodyPart html = new MimeBodyPart();
        html.setText(body.html(), StandardCharsets.UTF_8.name(), "html");
        message.setContent(new MimeMultipart("alternative", plain, html));
        return message;
    }

    /** {@code <uuid@sender-domain>}, the UUID derived from the delivery id, which may hold characters a Message-ID cannot. */
    String messageId(String deliveryId) {
        String domain = from.getAddress().substring(from.getAddress().lastIndexOf('@') + 1);
        return "<" + UUID.nameUUIDFromBytes(deliveryId.getBytes(StandardCharsets.UTF_8)) + ".recruitflow@" + domain + ">";
    }

    static DeliveryAttempt failure(MailException failed, Duration latency) {
        if (failed instanceof MailAuthenticationException) {
            return DeliveryAttempt.permanentFailure(null, "SMTP authentication failed", latency);
        }
        if (failed instanceof MailParseException || failed instanceof MailPreparationException) {
            return DeliveryAttempt.permanentFailure(null, "the message could not be built", latency);
        }
        List<Throwable> causes = new ArrayList<>();
        if (failed instanceof MailSendException send) {
            causes.addAll(send.getFailedMessages().values());
        }
        causes.add(failed.getCause());
        for (Throwable cause : causes) {
            for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
                Integer code = smtpCode(t);
                if (code != null && code >= 500) {
                    return DeliveryAttempt.permanentFailure(null, "the SMTP server refused for good (" + code + ")", latency);
                }
                if (code != null && code >= 400) {
                    return DeliveryAttempt.retryable(null, "the SMTP server refused for now (" + code + ")", latency);
                }
                if (t instanceof AuthenticationFailedException) {
                    return DeliveryAttempt.permanentFailure(null, "SMTP authentication failed", latency);
                }
                if (t instanceof AddressException || t instanceof SendFailedException sendFailed
                        && sendFailed.getInvalidAddresses() != null && sendFailed.getInvalidAddresses().length > 0) {
                    return DeliveryAttempt.permanentFailure(null, "the SMTP server rejected an address", latency);
                }
                if (t instanceof IOException) {
                    return DeliveryAttempt.retryable(null, "cannot reach the SMTP server ("
                            + t.getClass().getSimpleName() + ")", latency);
                }
            }
        }
        return DeliveryAttempt.retryable(null, "sending failed (" + failed.getClass().getSimpleName() + ")", latency);
    }

    private static Integer smtpCode(Throwable t) {
        if (t instanceof SMTPAddressFailedException address) {
            return address.getReturnCode();
        }
        if (t instanceof SMTPSenderFailedException sender) {
            return sender.getReturnCode();
        }
        if (t instanceof SMTPSendFailedException send) {
            return send.getReturnCode();
        }
        return null;
    }

    private static InternetAddress address(String address, String field) {
        try {
            return new InternetAddress(address, true);
        } catch (AddressException invalid) {
            throw new IllegalArgumentException(field + " is not a valid e-mail address");
        }
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    /** The message text as titled sections, rendered once as plain text and once as HTML. */
    record Body(String title, List<Section> sections, String link, String footer) {

        record Section(String heading, List<String> lines) {
        }

        static Body of(Notification n) {
            List<Section> sections = new ArrayList<>();
            List<String> overview = new ArrayList<>();
            overview.add("Confidence: " + NotificationText.percent(n.confidence()));
            String review = NotificationText.review(n);
            if (review != null) {
                overview.add(Character.toUpperCase(review.charAt(0)) + review.substring(1));
            }
            sections.add(new Section(null, overview));
            sections.add(new Section("Why this role", NotificationText.topEvidence(n, EVIDENCE_LINES)));
            if (n.suggested() != null) {
                sections.add(new Section("Suggested platform: " + NotificationText.suggestedPlatform(n)
                        + " (score " + score(n.suggested().score()) + ")",
                        n.suggested().reasons().stream().map(NotificationText::oneLine).toList()));
            }
            sections.add(new Section("Alternatives", n.alternatives().stream()
                    .map(a -> NotificationText.platform(a.platform()) + " (score " + score(a.score()) + ")").toList()));
            String footer = "Queue " + NotificationText.oneLine(n.queue()) + " · key "
                    + NotificationText.oneLine(n.candidateKey()) + " · rules " + NotificationText.oneLine(n.rulesVersion())
                    + " · model " + NotificationText.oneLine(n.modelVersion());
            return new Body(NotificationText.headline(n, n.candidateLabel()),
                    sections.stream().filter(s -> !s.lines().isEmpty()).toList(),
                    NotificationText.atsLink(n), footer);
        }

        String plain() {
            StringBuilder text = new StringBuilder(title).append("\n");
            for (Section section : sections) {
                text.append("\n");
                if (section.heading() != null) {
                    text.append(section.heading()).append(":\n");
                    section.lines().forEach(line -> text.append("  - ").append(line).append("\n"));
                } else {
                    section.lines().forEach(line -> text.append(line).append("\n"));
                }
            }
            if (link != null) {
                text.append("\nOpen in the ATS: ").append(link).append("\n");
            }
            return text.append("\n").append(footer).append("\n").toString();
        }

        String html() {
            StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html><body style=\"font-family:sans-serif\">\n")
                    .append("<h2>").append(escape(title)).append("</h2>\n");
            for (Section section : sections) {
                if (section.heading() != null) {
                    html.append("<h3>").append(escape(section.heading())).append("</h3>\n<ul>\n");
                    section.lines().forEach(line -> html.append("<li>").append(escape(line)).append("</li>\n"));
                    html.append("</ul>\n");
                } else {
                    section.lines().forEach(line -> html.append("<p>").append(escape(line)).append("</p>\n"));
                }
            }
            if (link != null) {
                html.append("<p><a href=\"").append(escape(link)).append("\">Open in the ATS</a></p>\n");
            }
            return html.append("<p style=\"color:#666;font-size:smaller\">").append(escape(footer))
                    .append("</p>\n</body></html>\n").toString();
        }

        private static String score(double score) {
            return String.format(Locale.ROOT, "%.2f", score);
        }

        /** {@code & < > " '} as references; everything else stays, as the part is UTF-8. */
        static String escape(String text) {
            return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
        }
    }
}
