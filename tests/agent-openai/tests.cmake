# The agent's OpenAI-compatible policy (app/agent): the chat-completions client, the policy and
# its settings, against a loopback stand-in that answers as the OpenAI API documents.
set(_agent_openai ${CMAKE_CURRENT_LIST_DIR})

limitless_add_test(test_agent_openai
    SOURCES
        ${_agent_openai}/FakeChatCompletions.cpp ${_agent_openai}/FakeChatCompletions.h
        ${_agent_openai}/ChatClientTest.cpp
        ${_agent_openai}/OpenAiPolicyTest.cpp
        ${_agent_openai}/AgentSettingsTest.cpp
        ${_agent_openai}/../auth/MemorySecretStore.cpp ${_agent_openai}/../auth/MemorySecretStore.h
    LABELS agent)
