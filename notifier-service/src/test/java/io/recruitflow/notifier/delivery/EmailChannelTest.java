package io.recruitflow.notifier.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import io.recruitflow.notifier.delivery.DeliveryAttempt.Outcome;
import io.recruitflow.notifier.notification.ChannelSettings.Type;
import io.recruitflow.notifier.notification.ChannelSettings;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

class EmailChannelTest {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(
            new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("notifier", "right-password"));

    static final List<String> RECRUITERS = List.of("lead@recruiting.example.com", "team@recruiting.example.com");

    @Test
    void sendsPlainTextAndHtmlAlternativesToEveryRecipient() throws Exception {
        DeliveryAttempt attempt = channel(sender()).deliver(Notifications.routed("m-1"), 1);

        assertThat(attempt.outcome()).isEqualTo(Outcome.DELIVERED);
        MimeMessage message = onlyMessage();
        assertThat(message.getSubject()).isEqualTo("[RecruitFlow] Backend engineer: Jane <b>Doe</b> & Co → DistantJob");
        assertThat(message.getFrom()).containsExactly(new InternetAddress("recruitflow@notify.example.com"));
        assertThat(message.getRecipients(Message.RecipientType.TO)).extracting(Object::toString).containsExactlyElementsOf(RECRUITERS);
        assertThat(message.getContentType()).startsWith("multipart/alternative");
        MimeMultipart parts = (MimeMultipart) message.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain");
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
        assertThat(plain(message)).contains("Backend engineer: Jane <b>Doe</b> & Co → DistantJob", "Confidence: 87%",
                "Why this role:", "“Kafka <script>alert(1)</script> & Go” (SKILL in skills, weight 0.80)",
                "Suggested platform: DistantJob (score 0.91):", "  - full-time remote engineers",
                "Alternatives:", "  - Toptal (score 0.70)",
                "Open in the ATS: https://ats.example.com/candidates/4711?tab=profile&x=1",
                "Queue backend-engineers · key greenhouse:4711 · rules rules-2025.1 · model model-3");
    }

    @Test
    void escapesCandidateProvidedTextInHtml() throws Exception {
        channel(sender()).deliver(Notifications.routed("m-2"), 1);

        String html = html(onlyMessage());
        assertThat(html).contains("<h2>Backend engineer: Jane &lt;b&gt;Doe&lt;/b&gt; &amp; Co → DistantJob</h2>",
                "<li>“Kafka &lt;script&gt;alert(1)&lt;/script&gt; &amp; Go” (SKILL in skills, weight 0.80)</li>",
                "<a href=\"https://ats.example.com/candidates/4711?tab=profile&amp;x=1\">Open in the ATS</a>");
        assertThat(html).doesNotContain("<script>", "<b>");
    }

    @Test
    void carriesNoContactDetails() throws Exception {
        channel(sender()).deliver(Notifications.routed("m-3"), 1);

        MimeMessage message = onlyMessage();
        for (String body : List.of(plain(message), html(message))) {
            assertThat(body).doesNotContain("@", "mailto:", "tel:").doesNotContainPattern("\\+?\\d[\\d ()-]{7,}\\d");
        }
    }

    @Test
    void aRetryCarriesTheSameMessageIdAndAReviewIsFlaggedInTheSubject() throws Exception {
        EmailChannel channel = channel(sender());
        channel.deliver(Notifications.needingReview("m-4"), 1);
        channel.deliver(Notifications.needingReview("m-4"), 2);
        channel.deliver(Notifications.needingReview("m-5"), 1);

        Map<String, Set<String>> messageIds = new TreeMap<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            messageIds.computeIfAbsent(message.getHeader(EmailChannel.DELIVERY_ID_HEADER)[0], id -> new HashSet<>())
                    .add(message.getMessageID());
        }
        assertThat(smtp.getReceivedMessages()).hasSize(6);
        assertThat(messageIds.keySet()).containsExactly("m-4", "m-5");
        assertThat(messageIds.get("m-4")).singleElement().asString().endsWith("@notify.example.com>");
        assertThat(messageIds.get("m-5")).hasSize(1).doesNotContainAnyElementsOf(messageIds.get("m-4"));
        MimeMessage review = smtp.getReceivedMessages()[0];
        assertThat(review.getSubject()).isEqualTo("[RecruitFlow] Hybrid: Jane <b>Doe</b> & Co → DistantJob (needs review)");
        assertThat(plain(review)).contains("Needs review: confidence 0.42 is below the review threshold 0.60");
    }

    @Test
    void anUnreachableServerIsRetryable() throws IOException {
        JavaMailSenderImpl unreachable = sender();
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            unreachable.setPort(socket.getLocalPort());
        }

        DeliveryAttempt attempt = channel(unreachable).deliver(Notifications.routed("m-6"), 1);

        assertThat(attempt.outcome()).isEqualTo(Outcome.RETRYABLE);
        assertThat(attempt.error()).isEqualTo("cannot reach the SMTP server (ConnectException)");
    }

    @Test
    void rejectedCredentialsArePermanent() {
        JavaMailSenderImpl wrongPassword = sender();
        wrongPassword.setUsername("notifier");
        wrongPassword.setPassword("wrong-password");
        wrongPassword.getJavaMailProperties().put("mail.smtp.auth", "true");

        DeliveryAttempt attempt = channel(wrongPassword).deliver(Notifications.routed("m-7"), 1);

        assertThat(attempt.outcome()).isEqualTo(Outcome.PERMANENT_FAILURE);
        assertThat(attempt.error()).isEqualTo("SMTP authentication failed");
    }

    @Test
    void smtpReplyCodesTellTemporaryFromPermanentRejections() throws Exception {
        InternetAddress recruiter = new InternetAddress(RECRUITERS.get(0));

        DeliveryAttempt unknownUser = EmailChannel.failure(new MailSendException("failed",
                new SMTPAddressFailedException(recruiter, "RCPT TO", 550, "no such user")), Duration.ZERO);
        DeliveryAttempt greylisted = EmailChannel.failure(new MailSendException("failed",
                new SMTPAddressFailedException(recruiter, "RCPT TO", 451, "try again later")), Duration.ZERO);
        DeliveryAttempt tooBig = EmailChannel.failure(new MailSendException("failed",
                new SMTPSendFailedException("DATA", 552, "too big", null, null, null, null)), Duration.ZERO);

        assertThat(unknownUser.outcome()).isEqualTo(Outcome.PERMANENT_FAILURE);
        assertThat(unknownUser.error()).isEqualTo("the SMTP server refused for good (550)").doesNotContain("lead@");
        assertThat(greylisted.outcome()).isEqualTo(Outcome.RETRYABLE);
        assertThat(greylisted.error()).isEqualTo("the SMTP server refused for now (451)");
        assertThat(tooBig.outcome()).isEqualTo(Outcome.PERMANENT_FAILURE);
    }

    private static EmailChannel channel(JavaMailSenderImpl sender) {
        return (EmailChannel) new Channels(OutboundSettings.defaults(), Clock.systemUTC(), sender).create("backend-team",
                new ChannelSettings(Type.EMAIL, null, null, RECRUITERS, "recruitflow@notify.example.com"));
    }

    private static JavaMailSenderImpl sender() {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(smtp.getSmtp().getPort());
        sender.setDefaultEncoding("UTF-8");
        sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "5000");
        sender.getJavaMailProperties().put("mail.smtp.timeout", "5000");
        return sender;
    }

    /** GreenMail keeps one copy per recipient's mailbox; both copies are the one message sent. */
    private static MimeMessage onlyMessage() {
        MimeMessage[] copies = smtp.getReceivedMessages();
        assertThat(copies).hasSize(RECRUITERS.size());
        return copies[0];
    }

    private static String plain(MimeMessage message) throws Exception {
        return (String) ((MimeMultipart) message.getContent()).getBodyPart(0).getContent();
    }

    private static String html(MimeMessage message) throws Exception {
        return (String) ((MimeMultipart) message.getContent()).getBodyPart(1).getContent();
    }

}
