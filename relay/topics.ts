// Who listens to which room (y-webrtc calls rooms topics). Held in memory only, for as long as a
// connection is open; an empty room is forgotten at once.

/** Subscriptions in both directions: topic → clients, client → topics. */
export class TopicRegistry<Client> {
  private readonly byTopic = new Map<string, Set<Client>>();
  private readonly byClient = new Map<Client, Set<string>>();

  /** Adds the subscription; says whether it is new. */
  subscribe(client: Client, topic: string): boolean {
    const topics = this.byClient.get(client) ?? new Set<string>();
    if (topics.has(topic)) return false;
    topics.add(topic);
    this.byClient.set(client, topics);
    const clients = this.byTopic.get(topic) ?? new Set<Client>();
    clients.add(client);
    this.byTopic.set(topic, clients);
    return true;
  }

  unsubscribe(client: Client, topic: string): void {
    const topics = this.byClient.get(client);
    if (!topics?.delete(topic)) return;
    if (topics.size === 0) this.byClient.delete(client);
    const clients = this.byTopic.get(topic);
    clients?.delete(client);
    if (clients?.size === 0) this.byTopic.delete(topic);
  }

  /** Drops every subscription of a client that has gone. */
  removeClient(client: Client): void {
    for (const topic of [...(this.byClient.get(client) ?? [])]) this.unsubscribe(client, topic);
  }

  isSubscribed(client: Client, topic: string): boolean {
    return this.byClient.get(client)?.has(topic) ?? false;
  }

  subscribers(topic: string): ReadonlySet<Client> {
    return this.byTopic.get(topic) ?? noClients;
  }

  /** How many rooms this client is in. */
  roomsOf(client: Client): number {
    return this.byClient.get(client)?.size ?? 0;
  }

  /** How many rooms have at least one subscriber. */
  get rooms(): number {
    return this.byTopic.size;
  }
}

const noClients: ReadonlySet<never> = new Set();
