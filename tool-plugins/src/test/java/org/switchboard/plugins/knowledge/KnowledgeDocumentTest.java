package org.switchboard.plugins.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class KnowledgeDocumentTest {

    @Test
    void titlesMarkInternalProceduresTwoWays() {
        assertThat(KnowledgeDocument.isInternalTitle("Internal: Opening Personal Checking Accounts")).isTrue();
        assertThat(KnowledgeDocument.isInternalTitle("INTERNAL : shouting")).isTrue();
        assertThat(KnowledgeDocument.isInternalTitle("Account Recovery Bypass Code (Internal)")).isTrue();
        assertThat(KnowledgeDocument.isInternalTitle("(Internal) Applying a Credit Card Statement Credit")).isTrue();

        assertThat(KnowledgeDocument.isInternalTitle("Getting Started with World Blue International Checking")).isFalse();
        assertThat(KnowledgeDocument.isInternalTitle("Internal transfers between your accounts")).isFalse();
        assertThat(KnowledgeDocument.isInternalTitle(null)).isFalse();
    }

    @Test
    void ofDerivesTheInternalFlagAndTheConstructorChecksTheId() {
        assertThat(KnowledgeDocument.of("a", "Internal: x", "c").internal()).isTrue();
        assertThat(KnowledgeDocument.of("a", "Fees", "c").internal()).isFalse();
        assertThatThrownBy(() -> KnowledgeDocument.of(" ", "t", "c")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KnowledgeDocument.of("a", null, "c")).isInstanceOf(NullPointerException.class);
    }

    @Test
    void sectionHeadingsMarkAgentOnlyContent() {
        assertThat(InternalMarkers.isInternalHeading("CODES NOT TO DISCLOSE (INTERNAL USE ONLY)")).isTrue();
        assertThat(InternalMarkers.isInternalHeading("Agent Tool Usage (Internal Only)")).isTrue();
        assertThat(InternalMarkers.isInternalHeading("How to Execute (Agent Only)")).isTrue();
        assertThat(InternalMarkers.isInternalHeading("Confidential escalation list")).isTrue();
        assertThat(InternalMarkers.isInternalHeading("Do not disclose")).isTrue();

        assertThat(InternalMarkers.isInternalHeading("International wires")).isFalse();
        assertThat(InternalMarkers.isInternalHeading("If you are working with an agent")).isFalse();
        assertThat(InternalMarkers.isInternalHeading("Employee Cards")).isFalse();
    }
}
