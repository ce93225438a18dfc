// Talks to AgentHost with the official openai npm package, unchanged; prints what it got as one JSON line.
// Usage: node client.mjs <base URL ending in /v1> <agent id>
import OpenAI from 'openai';

const [baseURL, model] = process.argv.slice(2);
const client = new OpenAI({ baseURL, apiKey: 'unused-on-loopback', maxRetries: 0 });
const messages = [{ role: 'user', content: '孩子5岁，身高110厘米，正常吗？' }];

const models = await client.models.list();
const whole = await client.chat.completions.create({ model, messages });

let text = '';
const finishes = [];
let usage = null;
let sessionId = null;
const stream = await client.chat.completions.create({ model, messages, stream: true, stream_options: { include_usage: true } });
for await (const chunk of stream) {
  for (const choice of chunk.choices) {
    text += choice.delta.content ?? '';
    if (choice.finish_reason) finishes.push(choice.finish_reason);
  }
  if (chunk.usage) usage = chunk.usage;
  if (chunk.session_id) sessionId = chunk.session_id;
}

// The SDK's stream helper accumulates the chunks into a whole completion and checks their shape as it goes.
const helper = await client.chat.completions.stream({ model, messages }).finalChatCompletion();

console.log(JSON.stringify({
  models: models.data.map((m) => m.id),
  whole: { content: whole.choices[0].message.content, finish: whole.choices[0].finish_reason, sessionId: whole.session_id, usage: whole.usage },
  streamed: { text, finishes, usage, sessionId },
  helper: { content: helper.choices[0].message.content, finish: helper.choices[0].finish_reason },
}));
