/**
 * The language model behind agents: a LangChain4j {@link dev.langchain4j.model.chat.ChatModel} chosen by
 * configuration ({@code MODEL_PROVIDER}, {@code MODEL_NAME}, {@code MODEL_BASE_URL}, {@code MODEL_API_KEY}) —
 * OpenAI and any OpenAI-compatible server (vLLM, llama.cpp, LM Studio), Azure OpenAI, Anthropic, Ollama — or
 * {@code offline} (the default: no model, the deterministic first-responder agent answers).
 * {@link org.switchboard.core.model.ModelGateway} guards every call with MicroProfile Fault Tolerance and answers a
 * {@link org.switchboard.core.model.ModelResult} (answered, busy, circuit open or failed; the
 * {@link org.switchboard.core.model.ModelFallback} tells them apart);
 * {@link org.switchboard.core.model.ToolSchemas} turns plugin tool schemas into LangChain4j tool specifications.
 * No channel or persistence code here.
 */
package org.switchboard.core.model;
