package org.switchboard.core.agent.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgentProfilesTest {

    @Test
    void theBuiltInAgentsAreTriageFourSpecialistsAndTheHumanHandoff() {
        AgentProfiles profiles = AgentProfileSource.builtIn();

        assertThat(profiles.entry()).isEqualTo("triage");
        assertThat(profiles.all()).extracting(AgentProfile::name)
                .containsExactly("triage", "knowledge", "orders", "account", "technical", "human");
        AgentProfile triage = profiles.find("triage").orElseThrow();
        assertThat(triage.handoffs()).contains("knowledge", "orders", "account", "technical", "human");
        assertThat(triage.tools()).isEmpty();
        for (AgentProfile specialist : profiles.all().subList(1, 5)) {
            assertThat(specialist.handoffs()).as(specialist.name()).contains("triage", "human");
        }
        assertThat(profiles.all()).filteredOn(AgentProfile::escalates).extracting(AgentProfile::name)
                .containsExactly("human");
    }

    @Test
    void toolPatternsMatchNamesAndPrefixes() {
        AgentProfile orders = AgentProfileSource.builtIn().find("orders").orElseThrow();
        assertThat(orders.uses("cancel_pending_order")).isTrue();
        assertThat(orders.uses("find_user_id_by_email")).isTrue();
        assertThat(orders.uses("search_knowledge_base")).isFalse();
        assertThat(orders.transferTool()).isEqualTo("transfer_to_orders");
        AgentProfile any = new AgentProfile("x", "always", "do", List.of("*"), List.of(), false);
        assertThat(any.uses("anything")).isTrue();
    }

    @Test
    void handoffToolsResolveOnlyToTheAgentsOwnTargets() {
        AgentProfiles profiles = AgentProfileSource.builtIn();
        AgentProfile knowledge = profiles.find("knowledge").orElseThrow();
        assertThat(profiles.handoffTarget(knowledge, "transfer_to_triage")).map(AgentProfile::name).hasValue("triage");
        assertThat(profiles.handoffTarget(knowledge, "transfer_to_orders")).isEmpty();
        assertThat(profiles.orEntry("removed-agent").name()).isEqualTo("triage");
        assertThat(profiles.orEntry(null).name()).isEqualTo("triage");
    }

    @Test
    void brokenConfigurationsAreRefusedWithTheReason() {
        assertThatThrownBy(() -> parse("""
                {"entry":"triage","agents":[{"name":"triage","routeWhen":"r","instructions":"i","handoffs":["ghost"]}]}"""))
                .hasMessageContaining("unknown agent 'ghost'");
        assertThatThrownBy(() -> parse("""
                {"entry":"boss","agents":[{"name":"triage","routeWhen":"r","instructions":"i"}]}"""))
                .hasMessageContaining("entry agent 'boss'");
        assertThatThrownBy(() -> parse("""
                {"agents":[{"name":"triage","routeWhen":"r","instructions":"i"},
                           {"name":"triage","routeWhen":"r","instructions":"i"}]}"""))
                .hasMessageContaining("defined twice");
        assertThatThrownBy(() -> parse("""
                {"agents":[{"name":"Triage Agent","routeWhen":"r","instructions":"i"}]}"""))
                .hasMessageContaining("must match");
        assertThatThrownBy(() -> parse("""
                {"agents":[{"name":"triage","instructions":"i"}]}""")).hasMessageContaining("routeWhen");
        assertThatThrownBy(() -> parse("{\"agents\": 3")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("malformed");
    }

    private static AgentProfiles parse(String json) {
        return AgentProfiles.parse(new StringReader(json));
    }
}
