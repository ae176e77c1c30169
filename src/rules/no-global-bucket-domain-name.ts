/**
 * `no-global-bucket-domain-name`: AWS CDK expressions that name an S3 bucket's host off the
 * private path: `bucketDomainName` and `CfnBucket.attrDomainName` (the legacy global name),
 * `Fn.getAtt(cfnBucket.logicalId, 'DomainName')`, `virtualHostedUrlForObject(key, { regional:
 * false })`, `transferAccelerationUrlForObject(…)`, and the dualstack and website names. The forms
 * are read in `syntax/cdk.ts`; whether a member is the CDK's is answered by its declaration with
 * types (`typed/cdk.ts`) and, without them, only where the file shows the construct's making.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { NOT_PRIVATE_FACTS, mayUseCdk } from '../sdk/index.js';
import { getSettings } from '../settings.js';
import { listElementRemovalRange } from '../fix/removal.js';
import { quoteLike } from '../fix/quotes.js';
import { cdkFindingOf, syntaxCdkAsk, type CdkAsk, type CdkFinding } from '../syntax/cdk.js';
import { SyntaxValues } from '../syntax/values.js';
import { typedCdkAsk } from '../typed/cdk.js';
import { createRule } from './utils/create-rule.js';
import { tieredRuleVisitor } from './utils/typed-rule.js';

export type MessageIds =
  | 'globalDomainName'
  | 'dualstackDomainName'
  | 'websiteDomainName'
  | 'globalObjectUrl'
  | 'accelerateObjectUrl'
  | 'useRegionalName'
  | 'useVirtualHostedUrl';

type Report = Parameters<TSESLint.RuleContext<MessageIds, []>['report']>[0];

export default createRule<[], MessageIds>({
  name: 'no-global-bucket-domain-name',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow AWS CDK bucket host names off the private path, such as `bucketDomainName` (the global S3 name)',
      recommended: true,
      // Every rule of this plugin runs without type information too (its syntax tier).
      requiresTypeChecking: false,
    },
    fixable: 'code',
    hasSuggestions: true,
    schema: [],
    messages: {
      globalDomainName:
        "`{{name}}` is the bucket's legacy global name (`<bucket>.s3.amazonaws.com`, CloudFormation's DomainName): private DNS for an S3 interface endpoint does not cover it, so whatever is given this name reaches S3 over the public path. Use `{{regional}}`, the regional name.",
      dualstackDomainName: `\`{{name}}\` is the bucket's dualstack name (\`<bucket>.s3.dualstack.<region>.amazonaws.com\`), ${NOT_PRIVATE_FACTS.dualstack.label}: ${NOT_PRIVATE_FACTS.dualstack.fact}, not with the default IPv4. Use \`{{regional}}\`, or accept 'dualstack' in settings['s3-regional'].acceptedHostKinds if your interface endpoint is dualstack.`,
      websiteDomainName: `\`{{name}}\` names the bucket's website endpoint (\`s3-website\`), ${NOT_PRIVATE_FACTS.website.label}: ${NOT_PRIVATE_FACTS.website.fact}, so requests to it take the public path. Serve the objects through the REST endpoint (the regional domain name, for example behind CloudFront's S3BucketOrigin), or accept 'website' in settings['s3-regional'].acceptedHostKinds if this is a public website address.`,
      globalObjectUrl:
        '`virtualHostedUrlForObject` with `regional: false` builds the URL on the legacy global host (`<bucket>.s3.amazonaws.com`), which private DNS for an S3 interface endpoint does not cover. Drop `regional: false`: the default URL is on the regional host.',
      accelerateObjectUrl:
        "`transferAccelerationUrlForObject` builds the URL on the S3 Transfer Acceleration edge (`<bucket>.s3-accelerate.amazonaws.com`), a global name that never resolves to the S3 interface endpoint. Use `virtualHostedUrlForObject`, the regional URL, or accept 'accelerate' in settings['s3-regional'].acceptedHostKinds if acceleration is intended.",
      useRegionalName: 'Use `{{regional}}`, the regional name.',
      useVirtualHostedUrl: 'Use `virtualHostedUrlForObject`, the URL on the regional host.',
    },
  },
  defaultOptions: [],
  create(context) {
    const sourceCode = context.sourceCode;
    let values: SyntaxValues | undefined;

    function check(node: TSESTree.MemberExpression | TSESTree.CallExpression, ask: CdkAsk): void {
      values ??= new SyntaxValues(sourceCode);
      const finding = cdkFindingOf(node, values, ask);
      if (finding && !getSettings(context.settings).acceptedHostKinds.has(finding.host.kind)) context.report(reportOf(finding));
    }

    /** The edit to the regional form: the new name in place of the old, without what makes it global. */
    function regionalEdit(finding: CdkFinding): ((fixer: TSESLint.RuleFixer) => TSESLint.RuleFix[]) | undefined {
      const { rename, remove, host } = finding;
      const regional = host.regional;
      const removal = remove ? listElementRemovalRange(sourceCode, remove) : undefined;
      if ((remove && !removal) || (!rename && !removal) || (rename && regional === undefined)) return undefined;
      return (fixer) => {
        const edits: TSESLint.RuleFix[] = [];
        if (rename && regional !== undefined) {
          const text = finding.form === 'attribute' ? quoteLike(rename, sourceCode, regional) : regional;
          edits.push(fixer.replaceText(rename, text));
        }
        if (removal) edits.push(fixer.removeRange(removal));
        return edits;
      };
    }

    function reportOf(finding: CdkFinding): Report {
      const { node, host, name } = finding;
      const edit = regionalEdit(finding);
      const data = { name, regional: host.regional ?? '' };
      switch (finding.form) {
        case 'virtualHosted':
          return { node, messageId: 'globalObjectUrl', ...(edit ? { fix: edit } : {}) };
        case 'transferAcceleration':
          return { node, messageId: 'accelerateObjectUrl', suggest: edit ? [{ messageId: 'useVirtualHostedUrl', fix: edit }] : [] };
        default: {
          const messageId = host.kind === 'dualstack' ? 'dualstackDomainName' : host.kind === 'website' ? 'websiteDomainName' : 'globalDomainName';
          if (!edit) return { node, messageId, data };
          if (host.change === 'fix') return { node, messageId, data, fix: edit };
          return { node, messageId, data, suggest: [{ messageId: 'useRegionalName', data, fix: edit }] };
        }
      }
    }

    return tieredRuleVisitor(context, {
      // A file that never spells `aws-cdk-lib` imports none of its constructs.
      appliesTo: mayUseCdk,
      syntax: (guard) => {
        const ask = syntaxCdkAsk(sourceCode);
        return {
          MemberExpression: (node) => guard(() => check(node, ask)),
          CallExpression: (node) => guard(() => check(node, ask)),
        };
      },
      typed: (types, guard) => {
        let ask: CdkAsk | undefined;
        const typedAsk = (): CdkAsk =>
          (ask ??= typedCdkAsk(types.analyzer, (node) => types.services.esTreeNodeToTSNodeMap.get(node)));
        // The names first (`sdk/cdk.ts`): only members named like the CDK's cost a symbol lookup.
        const lazy: CdkAsk = (question, node) => typedAsk()(question, node);
        return {
          MemberExpression: (node) => guard(() => check(node, lazy)),
          CallExpression: (node) => guard(() => check(node, lazy)),
        };
      },
    });
  },
});
