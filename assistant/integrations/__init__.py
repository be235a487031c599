"""Adapters that let other frameworks reuse the assistant's parts (LangChain: `assistant.integrations.langchain`)."""
