namespace AgentHost.Inference.Gguf;

/// <summary>
/// The chat template the demo model carries: Ling 2.0's format (<c>&lt;role&gt;HUMAN&lt;/role&gt;…&lt;|role_end|&gt;</c>),
/// which llama.cpp detects as <c>bailing2</c>. For plain messages it renders exactly what llama.cpp's built-in
/// bailing2 formatter renders; it also renders tools, tool calls and tool results the Hermes way
/// (<c>&lt;tools&gt;</c>, <c>&lt;tool_call&gt;</c>, <c>&lt;tool_response&gt;</c> under the OBSERVATION role) for Jinja renderers.
/// </summary>
public static class Ling2ChatTemplate
{
    public const string RoleStartToken = "<role>";
    public const string RoleEndTagToken = "</role>";
    public const string EndOfTurnToken = "<|role_end|>";

    // Written so that llama.cpp's llm_chat_detect_template reaches its bailing2 test: no marker of an earlier family
    // (im_start, [INST], 'USER: ', ...) and never the word HUMAN in bare quotes, which would select plain bailing.
    public const string Template =
        "{#- Ling 2.0 (bailing2) chat format, AgentHost demo model -#}\n"
        + "{%- if messages and messages[0].role == 'system' -%}\n"
        + "    {%- set system_text = messages[0].content -%}\n"
        + "{%- else -%}\n"
        + "    {%- set system_text = 'detailed thinking off' -%}\n"
        + "{%- endif -%}\n"
        + "{{- '<role>SYSTEM</role>' + system_text -}}\n"
        + "{%- if tools -%}\n"
        + "    {{- '\\n\\n# Tools\\n\\nYou may call one or more functions to assist with the user query.\\n\\n' -}}\n"
        + "    {{- 'You are provided with function signatures within <tools></tools> XML tags:\\n<tools>' -}}\n"
        + "    {%- for tool in tools -%}\n"
        + "        {{- '\\n' + (tool | tojson) -}}\n"
        + "    {%- endfor -%}\n"
        + "    {{- '\\n</tools>\\n\\nFor each function call, return a json object with function name and arguments ' -}}\n"
        + "    {{- 'within <tool_call></tool_call> XML tags:\\n<tool_call>\\n{\"name\": <function-name>, \"arguments\": <args-json-object>}\\n</tool_call>' -}}\n"
        + "{%- endif -%}\n"
        + "{{- '<|role_end|>' -}}\n"
        + "{%- for message in messages -%}\n"
        + "    {%- if message.role == 'user' -%}\n"
        + "        {{- '<role>HUMAN</role>' + message.content + '<|role_end|>' -}}\n"
        + "    {%- elif message.role == 'assistant' -%}\n"
        + "        {{- '<role>ASSISTANT</role>' -}}\n"
        + "        {%- if message.content -%}\n"
        + "            {{- message.content -}}\n"
        + "        {%- endif -%}\n"
        + "        {%- if message.tool_calls -%}\n"
        + "            {%- for tool_call in message.tool_calls -%}\n"
        + "                {%- if tool_call.function is defined -%}\n"
        + "                    {%- set tool_call = tool_call.function -%}\n"
        + "                {%- endif -%}\n"
        + "                {{- '<tool_call>\\n{\"name\": \"' + tool_call.name + '\", \"arguments\": ' -}}\n"
        + "                {%- if tool_call.arguments is string -%}\n"
        + "                    {{- tool_call.arguments -}}\n"
        + "                {%- else -%}\n"
        + "                    {{- tool_call.arguments | tojson -}}\n"
        + "                {%- endif -%}\n"
        + "                {{- '}\\n</tool_call>' -}}\n"
        + "            {%- endfor -%}\n"
        + "        {%- endif -%}\n"
        + "        {{- '<|role_end|>' -}}\n"
        + "    {%- elif message.role == 'tool' -%}\n"
        + "        {{- '<role>OBSERVATION</role><tool_response>\\n' + message.content + '\\n</tool_response><|role_end|>' -}}\n"
        + "    {%- elif not (message.role == 'system' and loop.first) -%}\n"
        + "        {{- '<role>' + (message.role | upper) + '</role>' + message.content + '<|role_end|>' -}}\n"
        + "    {%- endif -%}\n"
        + "{%- endfor -%}\n"
        + "{%- if add_generation_prompt -%}\n"
        + "    {{- '<role>ASSISTANT</role>' -}}\n"
        + "{%- endif -%}\n";
}
