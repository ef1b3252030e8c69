label {{ agentLabel }}
