package io.vigil.console.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The small rules the case pages rely on. */
class CasePiecesTest {

    @Nested
    class StatusActions {

        @Test
        void theOfferedMovesAreThoseOfCaseServicesStateMachine() {
            assertThat(StatusAction.from("NEW")).extracting(StatusAction::to).containsExactly("TRIAGED", "ESCALATED");
            assertThat(StatusAction.from("WAITING")).extracting(StatusAction::to)
                    .containsExactly("IN_PROGRESS", "RESOLVED", "ESCALATED");
            assertThat(StatusAction.from("CLOSED")).extracting(StatusAction::to).containsExactly("REOPENED");
        }

        @Test
        void resumingFromWaitingReadsDifferentlyFromStarting() {
            assertThat(StatusAction.from("WAITING").get(0).label()).isEqualTo("Resume work");
            assertThat(StatusAction.from("TRIAGED").get(0).label()).isEqualTo("Start work");
        }

        @Test
        void anUnknownStatusOffersNothing() {
            assertThat(StatusAction.from("ARCHIVED")).isEmpty();
            assertThat(StatusAction.allowed("NEW", "CLOSED")).isFalse();
        }
    }

    @Nested
    class EvidenceFiles {

        @Test
        void rasterImagesAndVideoAreShownInline() {
            assertThat(EvidenceFile.of("image/png", "attachment; filename=\"a.png\"", false).disposition())
                    .startsWith("inline; filename=\"a.png\"");
            assertThat(EvidenceFile.of("video/mp4; codecs=avc1", null, false).mediaType()).isEqualTo("video/mp4");
        }

        @Test
        void scriptableTypesAndDownloadsAreAttachments() {
            assertThat(EvidenceFile.of("image/svg+xml", null, false).disposition()).startsWith("attachment;");
            assertThat(EvidenceFile.of("text/html", null, false).disposition()).startsWith("attachment;");
            assertThat(EvidenceFile.of("image/png", null, true).disposition()).startsWith("attachment;");
        }

        @Test
        void aFileNameIsMadeHeaderSafeAndKeptInFullAsUtf8() {
            String disposition = EvidenceFile.of("application/pdf", "attachment; filename=\"Bericht für A.pdf\"",
                    false).disposition();

            assertThat(disposition).contains("filename=\"Bericht f_r A.pdf\"")
                    .contains("filename*=UTF-8''Bericht%20f%C3%BCr%20A.pdf");
        }

        @Test
        void onlyFilesOfAnInlineTypeCountAsMedia() {
            assertThat(evidence("FILE", "image/jpeg").isImage()).isTrue();
            assertThat(evidence("FILE", "image/svg+xml").isMedia()).isFalse();
            assertThat(evidence("URL", "image/png").isMedia()).isFalse();
            assertThat(evidence("FILE", "video/webm").isVideo()).isTrue();
        }

        private Evidence evidence(String kind, String type) {
            return new Evidence(UUID.randomUUID(), kind, "x", null, type, 10L, "ab", null, "ivy", Instant.EPOCH);
        }
    }

    @Nested
    class Reading {

        @Test
        void spansReadAtAGlance() {
            assertThat(Display.span(Duration.ofSeconds(20))).isEqualTo("1 min");
            assertThat(Display.span(Duration.ofMinutes(200))).isEqualTo("3 h 20 min");
            assertThat(Display.span(Duration.ofHours(52))).isEqualTo("2 d 4 h");
        }

        @Test
        void dueTimesSayWhetherTheyArePast() {
            Instant now = Instant.parse("2026-11-20T10:00:00Z");

            assertThat(Display.due(now.plusSeconds(3600), now)).isEqualTo("due in 1 h");
            assertThat(Display.due(now.minusSeconds(1200), now)).isEqualTo("overdue by 20 min");
        }

        @Test
        void aPausedSlaSaysSoInsteadOfCountingDown() {
            Sla sla = new Sla("ON_TRACK", Instant.parse("2026-11-20T11:00:00Z"), null,
                    Instant.parse("2026-11-21T10:00:00Z"), true);

            assertThat(SlaView.of(sla, true, Instant.parse("2026-11-20T10:00:00Z")).resolution())
                    .isEqualTo("due 2026-11-21 10:00 UTC (paused while waiting)");
        }

        @Test
        void theOtherCaseOfALinkIsFoundInAnAddressOrABareId() {
            UUID id = UUID.randomUUID();

            assertThat(LinksResource.caseId("https://vigil.example/cases/" + id + "?done=note")).contains(id);
            assertThat(LinksResource.caseId(" " + id + " ")).contains(id);
            assertThat(LinksResource.caseId("TS-2026-000123")).isEmpty();
        }
    }
}
