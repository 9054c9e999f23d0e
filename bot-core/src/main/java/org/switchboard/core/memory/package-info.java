/**
 * Conversation memory for the language model: a JPA-backed LangChain4j
 * {@link dev.langchain4j.store.memory.chat.ChatMemoryStore} ({@code chat_memories}, one row per conversation, in
 * the turn's transaction, so it survives restarts and rolls back with a failed turn) and
 * {@link org.switchboard.core.memory.MemoryCompactor}, which keeps a summary plus the most recent window of
 * messages (50 by default).
 */
package org.switchboard.core.memory;
